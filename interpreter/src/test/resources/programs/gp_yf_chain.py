# a chain of delegation: values, sends and return values pass through every level
def level3():
    x = yield "L3 first"
    print("level3 got", x)
    y = yield "L3 second"
    print("level3 got", y)
    return "L3 result"

def level2():
    r = yield from level3()
    print("level2 got result", r)
    z = yield "L2 own"
    print("level2 got", z)
    return r + "+L2"

def level1():
    r = yield from level2()
    print("level1 got result", r)
    return r + "+L1"

g = level1()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
try:
    g.send("s3")
except StopIteration as e:
    print("final", e.value)
