# x = yield, x = yield v, tuple unpacking and augmented assignment from yields
def gen():
    x = yield
    print("x", x)
    a, b = yield "pair?"
    print("a b", a, b)
    first, *rest = yield "seq?"
    print("first rest", first, rest)
    total = 10
    total += yield "add?"
    print("total", total)
    total *= (yield "mul?") + 1
    print("total", total)
    c = d = yield "both?"
    print("c d", c, d, c is d)

g = gen()
print(next(g))
for v in ["X", (1, 2), "hello", 5, 2, [0]]:
    try:
        print(g.send(v))
    except StopIteration:
        print("done")
