# throw() on the delegating generator is passed to the innermost generator
def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("inner handled", e)
            yield "inner recovered"
        except KeyError:
            print("inner returns on KeyError")
            return "inner done"

def middle():
    r = yield from inner()
    print("middle: inner returned", r)
    yield "middle continues"

def outer():
    try:
        yield from middle()
    except TypeError as e:
        print("outer handled", e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError))
print(g.throw(TypeError("t1")))
print(next(g, "finished"))
