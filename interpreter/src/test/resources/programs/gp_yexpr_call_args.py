# print((yield), (yield)): arguments are evaluated left to right, each yield gets its own sent value
def show(*args, **kwargs):
    print("show", args, kwargs)
    return len(args)

def gen():
    print((yield "p1"), (yield "p2"))
    n = show((yield "a"), "fixed", (yield "b"), key=(yield "k"))
    yield f"show returned {n}"
    show(*(yield "star"), **(yield "kw"))

g = gen()
print(next(g))
print(g.send("first"))
print(g.send("second"))
print(g.send(1))
print(g.send(2))
print(g.send(3))
print(g.send(None))
print(g.send([7, 8, 9]))
try:
    g.send({"x": 1, "y": 2})
except StopIteration:
    print("done")
