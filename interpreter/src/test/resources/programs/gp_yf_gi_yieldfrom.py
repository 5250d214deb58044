# gi_yieldfrom names the subiterator being delegated to, else None
def inner():
    yield 1
    yield 2

def outer():
    yield "own"
    yield from inner()
    yield "own again"

g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
next(g)
print(g.gi_yieldfrom is not None)
next(g)
print(g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)
