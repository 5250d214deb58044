# close() on a never-started or finished generator does nothing; a never-started one never runs
def gen():
    print("body runs")
    try:
        yield 1
    finally:
        print("finally runs")

g = gen()
print("close of fresh:", g.close())
print("after close:", next(g, "exhausted"))
g.close()

g = gen()
print(list(g))
print("close of finished:", g.close())
g.close()

def returns():
    yield 1
    return "value"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(g.close())
e = (x for x in range(3))
print(e.close(), list(e))
