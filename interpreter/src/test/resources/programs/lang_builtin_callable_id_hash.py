# callable, id (compared, never printed), hash of numbers/strings/tuples/frozensets
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(type), callable("s"), callable(1), callable(None))
print(callable([].append), callable("s".upper), callable(print), callable(callable), callable(ValueError), callable(ValueError("x")))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)).__name__, id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(-1) == hash(-2))
print(hash(42), hash(-42), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 62), hash(-(2 ** 62)), hash(2 ** 100))
print(hash(0.5), hash(1.5), hash(-0.5), hash(1e100), hash(3.14159), hash(float("inf")), hash(float("-inf")))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1.0, "a")))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(()) == hash(()), hash(b"x") == hash(b"x"))
print(hash(None) == hash(None), hash(f) == hash(f), hash(len) == hash(len), type(hash("x")).__name__)
for bad in ([], {}, set(), ([1],), [()], {1: 2}.keys()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
seen = {}
for key in [1, 1.0, True, "1", (1,), frozenset([1]), 2 ** 64, None]:
    seen[key] = seen.get(key, 0) + 1
print(seen)
