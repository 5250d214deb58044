# next(g) is send(None); the two can be mixed freely
def gen():
    received = []
    for i in range(5):
        v = yield i
        received.append(v)
    return received

g = gen()
print(next(g))
print(g.send("a"))
print(next(g))
print(g.__next__())
print(g.send(["list"]))
try:
    g.send({"k": 1})
except StopIteration as e:
    print(e.value)
