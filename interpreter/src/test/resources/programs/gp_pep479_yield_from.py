# StopIteration inside a delegated generator becomes RuntimeError there and propagates through yield from
def inner():
    yield "inner"
    raise StopIteration("inner stop")

def outer():
    try:
        yield from inner()
    except RuntimeError as e:
        print("outer caught:", e, "cause:", repr(e.__cause__))
        yield "recovered"
    yield "outer end"

print(list(outer()))

def outer_uncaught():
    yield from inner()
    yield "never"
try:
    print(list(outer_uncaught()))
except RuntimeError as e:
    print("caller caught:", e)
    print("cause type:", type(e.__cause__).__name__, e.__cause__.args)
