def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = with_finally()
print(next(g))
g.close()
print(list(g))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
g = catcher()
next(g)
g.throw(ValueError("boom"))
g.throw(ValueError, "again")
def inner():
    x = yield 1
    print("inner got", x)
    return "result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [7, 8]
g = outer()
print(next(g))
print(g.send("hi"))
print(list(g))
def fails():
    yield 1
    raise StopIteration
try:
    list(fails())
except RuntimeError as e:
    print(e)
