# argument unpacking at call sites: f(*xs, **kw), several unpackings, and their error messages
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
xs = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*xs), f(*xs, **kw), f(*xs, 5, *xs, d=4), f(0, *"ab"), f(*range(6)))
print(f(*[1], *(2,), **{"x": 1}, **{"y": 2}), f(**{"a": 1, "b": 2}), f(1, *[], b=2))
print(f(*{"k1": 0, "k2": 0}), f(*{5, 6}), f(*(i for i in "xy")), f(*zip("ab", "cd")))
print(print(*[], sep="-"), max(*[3, 9, 2]), "-".join([*"abc"]), dict(**{"a": 1}, b=2))
args = (1,)
print(f(*args, b=10), f(b=10, *args), f(*args, 2, *args))
def g(**kw):
    return kw
print(g(**{"a": 1}, **{"b": 2}), g(**{}), g(**dict(zip("xy", (1, 2)))))
def two(x, y):
    return x * y
pairs = [(2, 3), (4, 5)]
print([two(*p) for p in pairs], [two(**{"x": p[0], "y": p[1]}) for p in pairs])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), list(map(list, zip(*matrix))), [*map(sum, zip(*matrix))])
first, *middle, last = [*"hello"]
print(first, middle, last, [*range(3), *range(3)], (*"ab",), {*"aab"} == {"a", "b"})
