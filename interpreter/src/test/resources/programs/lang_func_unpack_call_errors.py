def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
def g(**kw):
    return kw
xs = [1, 2]
tests = [
    lambda: f(*xs, b=5),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(1, **{"a": 2, "b": 3}),
    lambda: f(*5),
    lambda: f(*None),
    lambda: f(**[("a", 1)]),
    lambda: f(**None),
    lambda: g(**{1: 2}),
    lambda: f(1, 2, **{"a": 0}),
    lambda: f(*[1, 2], a=1),
    lambda: f(),
    lambda: print(*1),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
