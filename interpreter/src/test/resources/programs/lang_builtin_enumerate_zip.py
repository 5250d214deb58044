# enumerate(start=) and zip: laziness, unequal lengths, transposition, unzipping
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
print(list(enumerate(range(3), 2 ** 64)), list(enumerate("ab", True)), dict(enumerate("xy")))
e = enumerate(x * 2 for x in range(3))
print(type(e).__name__, next(e), list(e))
for i, (a, b) in enumerate(zip("xy", "12"), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip("abc")), list(zip()), list(zip([], [1])), list(zip(*[])))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip("abc", range(3))), list(zip(range(3), range(10, 13), range(20, 23))))
z = zip(iter([1, 2, 3]), iter("xy"))
print(next(z), next(z), next(z, "exhausted"))
consumed = iter([1, 2, 3, 4])
print(list(zip(consumed, "ab")), list(consumed), "zip pulled one extra item from the first iterator")
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", [1, 2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: zip(1), lambda: zip("a", 2), lambda: enumerate()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
scores = {"ann": 3, "bob": 5}
for rank, (name, score) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1]), 1):
    print(f"{rank}. {name} {score}")
print([i * v for i, v in enumerate([5, 5, 5])], sum(i for i, _ in enumerate("abcd")))
