# `in`, keys of many hashable kinds, equality, dict() forms, unhashable keys
d = {"a": 1, (1, 2): "tuple", 3: "int", None: "none", frozenset({1}): "fs", 2.5: "float"}
print("a" in d, "b" in d, (1, 2) in d, [1, 2] == list((1, 2)), 3.0 in d, None in d)
print(frozenset([1]) in d, 2.5 in d, 1 in d, "a" not in d, "x" not in d)
print(d[(1, 2)], d[3.0], d[None], d[frozenset({1})], d[2.5])
print(1 in {1: 0}.values(), 0 in {1: 0}.values(), (1, 0) in {1: 0}.items())
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == {})
print({"a": [1]} == {"a": [1]}, {"a": 1} == [("a", 1)], {1: 2} == {1: 2, 3: 4})
print(dict(), dict(a=1, b=2), dict({"x": 1}, y=2), dict([("k", "v")]), dict(zip("ab", "cd")))
print(dict({1: 2}), dict(((1, 2), (3, 4))), dict(["ab", "cd"]), dict(a=dict(b=1)))
try:
    print({[1]: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[(1, [2])])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({set(): 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d[(1, 3)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[4.5]
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(len(d), bool(d), bool({}), list(d)[:2])
del d[None], d[3]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
grid = {}
for r in range(2):
    for c in range(2):
        grid[r, c] = r * 2 + c
print(grid, grid[1, 0], (1, 1) in grid)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), list(reversed({"b": 1, "a": 2})))
