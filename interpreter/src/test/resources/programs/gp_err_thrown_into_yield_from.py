# an exception thrown into a delegating generator, unhandled, shows the frames of both generators
def inner():
    while True:
        yield "inner"

def outer():
    yield from inner()

g = outer()
next(g)
g.throw(ValueError("thrown in"))
