# an uncaught throw runs the finally blocks from the inside out and finishes the generator
def gen():
    try:
        try:
            print("inner try")
            yield 1
            print("not reached")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
    yield "unreachable"

g = gen()
print(next(g))
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("caller got", e)
print(next(g, "generator is finished"))
try:
    g.throw(TypeError("again"))
except TypeError as e:
    print("finished generator re-raises:", e)
g.close()
print("close is a no-op")
