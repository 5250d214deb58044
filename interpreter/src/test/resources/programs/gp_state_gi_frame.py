# gi_frame is not None while created or suspended, None once finished or closed
def gen():
    yield 1
    yield 2

g = gen()
print("created:", g.gi_frame is None)
next(g)
print("suspended:", g.gi_frame is None)
list(g)
print("exhausted:", g.gi_frame is None)
g = gen()
next(g)
g.close()
print("closed:", g.gi_frame is None)
g = gen()
g.close()
print("closed before start:", g.gi_frame is None)
def raises():
    yield 1
    raise ValueError
g = raises()
next(g)
try:
    next(g)
except ValueError:
    print("after exception:", g.gi_frame is None)
g = gen()
try:
    g.throw(KeyError)
except KeyError:
    print("after throw into fresh:", g.gi_frame is None)
ge = (x for x in "ab")
print("genexp:", ge.gi_frame is None, list(ge), ge.gi_frame is None)
