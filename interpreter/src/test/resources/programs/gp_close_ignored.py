# a generator that yields in response to GeneratorExit makes close() raise RuntimeError
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit, yielding anyway")
        yield 2
    print("resumed after the bad yield")
    yield 3

g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended:", g.gi_frame is not None)
print(next(g))
g.close()
print("closed for real:", g.gi_frame is None)

def bare_except():
    for i in range(3):
        try:
            yield "x"
        except:
            print("bare except swallowed", end=" ")
            print("something")

g = bare_except()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("again:", e)
try:
    g.throw(ValueError)
except Exception as e:
    print("unexpected", e)
else:
    print("throw swallowed too")
print(list(g))
