def first(it):
    return next(it)

def gen():
    yield 1

g = gen()
print(first(g))
print(first(g))
