# yield from chains: sends relayed down, a sub-generator's return and exception resuming the
# delegating body (its handlers and finally blocks), re-entry while the chain runs.
def inner(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("inner got", x)
    return "inner-done"

def middle():
    r = yield from inner(3)
    print("middle got return", r)
    try:
        yield from bad()
    except ValueError as e:
        print("caught", e)
    return "middle-done"

def bad():
    yield 1
    raise ValueError("boom")

def outer():
    r = yield from middle()
    print("outer got", r)

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g))
print(next(g, "end"))

def leaf():
    yield 1
    yield 2
def chain(d):
    if d == 0:
        yield from leaf()
    else:
        yield from chain(d - 1)
print(list(chain(50)))
c = chain(3)
next(c)
print(c.gi_yieldfrom is not None)
def tb():
    yield from bad()
t = tb()
next(t)
try:
    next(t)
except ValueError as e:
    print("through the chain:", e)


def reenter():
    yield from selfref()


def selfref():
    try:
        next(rg)
    except ValueError as e:
        print("reenter:", e)
    yield 5


rg = reenter()
print(next(rg))


def deep(d):
    if d == 0:
        yield 1
        raise KeyError("deep")
    try:
        yield from deep(d - 1)
    finally:
        print("unwind", d)


dg = deep(3)
print(next(dg))
try:
    next(dg)
except KeyError as e:
    print("deep raised", e)
