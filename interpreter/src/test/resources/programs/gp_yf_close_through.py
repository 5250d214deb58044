# close() on the delegating generator closes the whole chain, innermost first
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")

def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
    finally:
        print("outer finally")

g = outer()
print(next(g))
g.close()
print("closed", g.gi_frame is None)

def inner_returns():
    try:
        yield "a"
    except GeneratorExit:
        print("inner swallows GeneratorExit and returns")
        return "value lost"

def delegator():
    r = yield from inner_returns()
    print("never reached", r)

g = delegator()
next(g)
print(g.close())
