# an exception the subgenerator does not handle finishes it and is raised at the yield from
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        print("outer caught", repr(e))
    yield "outer after"
    yield from inner()

g = outer()
print(next(g))
print(g.throw(ZeroDivisionError("zz")))
print(next(g))
print(next(g))
print(next(g, "end"))
