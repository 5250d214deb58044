# operands evaluated before a yield are evaluated exactly once, before it; the rest after resume
def f(tag, value):
    print("  eval", tag)
    return value

def gen():
    r = f("left", 1) + (yield "y1") + f("right", 100)
    print("r =", r)
    r = f("fn", max)(f("arg1", 5), (yield "y2"), f("arg3", 7))
    print("r =", r)
    r = [f("e0", "a"), (yield "y3"), f("e2", "c")]
    print("r =", r)
    r = {f("k1", "k1"): f("v1", 1), (yield "y4"): f("v2", 2)}
    print("r =", r)

g = gen()
print("next ->", next(g))
print("send ->", g.send(10))
print("send ->", g.send(9))
print("send ->", g.send("B"))
try:
    g.send("k2")
except StopIteration:
    print("finished")
