# close() through yield from when the inner generator's cleanup raises: the error reaches the caller
def inner():
    try:
        yield 1
    finally:
        print("inner cleanup raises")
        raise IndexError("inner cleanup")

def outer():
    try:
        yield from inner()
    except IndexError as e:
        print("outer sees", repr(e))
        raise
    finally:
        print("outer finally")

g = outer()
next(g)
try:
    g.close()
except IndexError as e:
    print("close raised", repr(e), "context", type(e.__context__).__name__)
print(g.gi_frame is None)
def outer_swallows():
    try:
        yield from inner()
    except IndexError:
        print("swallowed; generator returns")
g = outer_swallows()
next(g)
print("close:", g.close())
