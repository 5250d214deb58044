# calling a generator function runs nothing; each step runs only as far as the next yield
def noisy(n):
    print("  start")
    for i in range(n):
        print("  before yield", i)
        yield i
        print("  after yield", i)
    print("  end")

g = noisy(2)
print("created")
print("next ->", next(g))
print("next ->", next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")

def squares():
    for v in noisy(3):
        print("  squaring", v)
        yield v * v

print("for loop:")
for s in squares():
    print("got", s)

def side_effects(log):
    log.append("a")
    yield 1
    log.append("b")
    yield 2
    log.append("c")

log = []
g = side_effects(log)
print(log)
next(g)
print(log)
next(g)
print(log)
print(next(g, "done"), log)
print(type(g).__name__, type(side_effects).__name__)
lazy = (print("genexp step", x) or x for x in range(2))
print("genexp created")
print(list(lazy))
