# yield from a non-iterable is a TypeError when the generator reaches it
def gen():
    yield "before"
    yield from 42

g = gen()
print(next(g))
print(next(g))
