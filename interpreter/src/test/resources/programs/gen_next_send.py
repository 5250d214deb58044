# next, send, __next__, first send must be None
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
        print("echo got", value)
    return received

g = echo()
print(g.send(None))
print(g.send("a"))
print(g.__next__() if False else g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = echo()
try:
    g.send("early")
except TypeError as e:
    print("TypeError:", e)
print(next(g))
print(g.__next__ is not None)

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulate()
next(acc)
for v in [1, 2, 3, 10]:
    print("total", acc.send(v))

def gen():
    yield "x"
    yield "y"
it = gen()
print(it.__next__(), it.__next__())
print(next(it, "default"), next(it, None))
print(iter(it) is it)

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
print(avg.send(10), avg.send(30), avg.send(5))
