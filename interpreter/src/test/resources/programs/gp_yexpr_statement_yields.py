# yields as statements at odd spots: as the only statement of branches and loops, in return tuples
def gen(n):
    if n:
        yield
    else:
        yield "zero"
    while n:
        yield
        n -= 1
    return (yield "a"), (yield "b")

print(list(gen(0)))
print(list(gen(2)))
g = gen(0)
next(g)
g.send(None)
g.send(1)
try:
    g.send(2)
except StopIteration as e:
    print(e.value)
def only_yield():
    yield
print(list(only_yield()))
