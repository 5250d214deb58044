# gi_running is True only while the generator's body is executing
def gen():
    print("inside, running:", g.gi_running)
    yield 1
    print("inside again, running:", g.gi_running)
    yield 2

g = gen()
print("created:", g.gi_running)
next(g)
print("suspended:", g.gi_running)
next(g)
print("finished?", next(g, "yes"), "running:", g.gi_running)

def outer():
    yield from inner()
def inner():
    print("inner sees outer running:", o.gi_running)
    yield
o = outer()
next(o)
print("outer after:", o.gi_running, "delegate:", o.gi_yieldfrom.gi_running)
