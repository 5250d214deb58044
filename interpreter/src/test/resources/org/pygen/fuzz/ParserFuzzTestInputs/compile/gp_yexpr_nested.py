# nested yields in one expression: the inner one is evaluated first
def gen():
    r = yield (yield (yield "innermost"))
    print("outer got", r)
    r = [(yield (yield "a1") + 1), (yield "b")]
    print("list", r)

g = gen()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.send(10))
print(g.send(5))
print(g.send("s4"))
try:
    g.send("s5")
except StopIteration:
    print("done")
