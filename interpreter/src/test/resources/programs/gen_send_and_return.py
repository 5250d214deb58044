log = []
def gen():
    log.append("started")
    x = yield 1
    log.append(x)
    y = yield 2
    log.append(y)
    return "done"

g = gen()
print(log)
print(next(g))
print(log)
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("stop", e.value)
print(log)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(g))
