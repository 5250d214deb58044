# min and max: iterables vs several arguments, key=, default=, ties, and error texts
print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max((3, 1, 2)), min("hello"), max("hello"), min({5: 0, 2: 0}))
print(max([1, 5, 3], key=lambda v: -v), min(["bb", "a", "ccc"], key=len), max("ab", "b", "abc", key=len))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 9]]), max([1.5, 2, True]), min(-0.0, 0), max(0, -0.0), min(0.0, -0.0))
print(max([], default="empty"), min([], default=None), max([7], default=0), min((), key=len, default="d"))
print(max(["a", "B"], key=str.lower), min([3, -3, 2], key=abs), max([-3, 3], key=abs), min([3, -3], key=abs))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: v % 4), max(x * x for x in range(-5, 3)))
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), min(words, key=len), max(words), min(words), max(words, key=lambda w: (len(w), w)))
print(max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get), max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
print(max(2 ** 64, 2.0 ** 64), min(2 ** 64, 2.0 ** 64), max(float("nan"), 1), max(1, float("nan")))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0),
            lambda: max([1, "a"]), lambda: min(1, 2, key=5), lambda: max(iter([])), lambda: min([], key=len),
            lambda: max(None), lambda: max(1, 2, foo=3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
