# a just-started generator accepts only send(None); the failed send leaves it unstarted
def gen():
    print("body")
    x = yield 1
    print("x =", x)
    yield 2

g = gen()
for bad in ("text", 0, False, [], ()):
    try:
        g.send(bad)
    except TypeError as e:
        print(repr(bad), "->", e)
print("still fresh:", g.gi_frame is not None)
print(g.send(None))
print(g.send(0))
print(next(g, "end"))
genexp = (c for c in "ab")
try:
    genexp.send(1)
except TypeError as e:
    print("genexp:", e)
print(next(genexp), genexp.send("ignored"))
