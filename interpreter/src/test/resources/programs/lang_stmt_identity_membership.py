# is / is not / in / not in across containers, including generators being consumed
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, [] is [], () == (), type(a) is list, type(a) is not tuple)
print(1 in a, 3 in a, 3 not in a, not 3 in a, [1, 2] in [a], a in [c], c in [[0], a])
print("ell" in "hello", "" in "abc", "x" not in "", "he" in ["hello"], "a" in {"a": 1}, 1 in {"a": 1})
print(1 in {1, 2}, 1.0 in {1}, True in {1: "x"}, 0 in [False], (1, 2) in {(1, 2)}, [0] in [[0]])
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), 10 in range(10), -1 in range(-5, 0), 1.0 in range(3), 2.5 in range(3))
print(b"a" in b"abc", 97 in b"abc", 1 in (1, 2), None in [None], None in [0, False, ""])
nan = float("nan")
items = [nan]
print(nan in items, nan == items[0], float("nan") in items, items.count(nan), items.index(nan))
g = (i * i for i in range(10))
print(9 in g, next(g), 25 in g, list(g))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
d = {"k": [1, 2]}
print("k" in d, [1, 2] in d.values(), ("k", [1, 2]) in d.items(), "v" in d.values())
x = None
if x is None:
    print("x is None")
if x is not None:
    print("never")
print([v for v in [0, None, False, "", []] if v is not None])
print(any(v is None for v in [1, None]), all(v is not None for v in [0, ""]))
s = "hello"
print(s in [s], s is s, s[:] == s, "hel" + "lo" == s)
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)
print([] in [1], {} in [{}], [] not in ({},))
