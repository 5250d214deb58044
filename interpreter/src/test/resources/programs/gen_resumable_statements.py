def count():
    n = 0
    while True:
        try:
            n += 1
            if n % 2:
                continue
            yield n
        finally:
            pass
def take(g, k):
    out = []
    for v in g:
        if len(out) == k:
            break
        out.append(v)
    return out
print(take(count(), 5))
def nested():
    for i in range(3):
        for j in range(i):
            if j % 2 == 0:
                yield (i, j)
            else:
                yield [i, j]
    else:
        yield "else"
print(list(nested()))
def lowered(a):
    r = (yield a) + (yield a * 2)
    print("r =", r)
    z = yield f"{(yield 'inner')}!"
    print(z)
g = lowered(3)
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("x"))
try:
    g.send("last")
except StopIteration:
    print("finished")
