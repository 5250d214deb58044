# next(g, default): the default replaces StopIteration but not other exceptions
def gen():
    yield 1
    return "ignored by next-with-default"

g = gen()
print(next(g, "d"))
print(next(g, "d"))
print(next(g, None))
print(next(iter([]), []))
def boom():
    yield 1
    raise KeyError("real error")
g = boom()
print(next(g, "x"))
try:
    next(g, "x")
except KeyError as e:
    print("KeyError passes through:", e)
print(next(g, "exhausted now"))
try:
    next(5)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
