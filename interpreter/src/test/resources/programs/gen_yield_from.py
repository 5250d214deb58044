# yield from: delegation, return values, send through
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner received", got)
    return f"inner({n}) done"

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    yield from (x * x for x in range(3))
    return "outer done"

print(list(outer()))

g = outer()
print(next(g))
print(g.send("hello"))
print(g.send("world"))
print(next(g))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", range(2))))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def delegator():
    result = yield from returns_only()
    yield result
def returns_only():
    return 42
    yield
print(list(delegator()))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def wrapper():
    yield from closer()
w = wrapper()
print(next(w))
w.close()
print("wrapper closed")

def thrower():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("inner caught", e)
t = (lambda: (yield from thrower()))()
next(t)
print(t.throw(ValueError("via outer")))
g = outer()
final = None
while True:
    try:
        next(g)
    except StopIteration as e:
        final = e.value
        break
print(final)
