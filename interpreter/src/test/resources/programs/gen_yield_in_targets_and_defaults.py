def f():
    r = [x for x in (yield 1)]
    print(r)
    g = (x * 2 for x in (yield 2))
    print(list(g))
    def h(a=(yield 3)):
        return a
    print(h())
    l = lambda b=(yield 4): b
    print(l())
    d = {}
    d[(yield 5)] = (yield 6)
    print(d)
    lst = [0, 0]
    lst[(yield 7)] += (yield 8)
    print(lst)
    assert (yield 9), (yield 10)
g = f()
print(next(g))
print(g.send([1, 2]))
print(g.send([3]))
print(g.send("dflt"))
print(g.send("lam"))
print(g.send("key"))
print(g.send("val"))
print(g.send(1))
print(g.send(5))
print(g.send(0))
try:
    g.send("msg")
except AssertionError as e:
    print("assert", e)
