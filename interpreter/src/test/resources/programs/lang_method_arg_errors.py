# argument errors of builtin-type methods, in CPython's two wordings, and int conversions of their arguments
calls = [
    lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.get(1, default=2), lambda: {}.pop(), lambda: {}.setdefault(1, x=2),
    lambda: [].index(), lambda: [1].index(1, start=0), lambda: [].insert(1), lambda: [].insert(0, 1, x=2), lambda: [1].pop(1, 2),
    lambda: [1].pop(index=0), lambda: [].sort(1), lambda: [].sort(1, 2, 3), lambda: [].sort(bogus=1), lambda: [].append(),
    lambda: ().index(), lambda: (1,).index(1, start=0), lambda: ().count(),
    lambda: "a".find(), lambda: "a".find("a", 1, 2, 3), lambda: "a".find(sub="a"), lambda: "a".index("a", start=0),
    lambda: "a".count(), lambda: "a".count(x="a"), lambda: "a".startswith(), lambda: "a".endswith("a", 1, 2, 3),
    lambda: "a".startswith(prefix="a"), lambda: "a".rfind(), lambda: "a".rindex("a", 1, 2, 3),
    lambda: "a".center(), lambda: "a".center(width=3), lambda: "a".ljust(1, " ", 3), lambda: "a".strip(1, 2),
    lambda: "a".strip(chars="a"), lambda: "a".replace("a"), lambda: "a".replace("a", "b", count=1), lambda: "a".zfill(),
    lambda: "a".partition(), lambda: "a".join(), lambda: "a".split(1, 2, 3), lambda: "a".split(x=1), lambda: "a".encode(bogus=1),
    lambda: b"a".find(), lambda: b"a".center(width=1), lambda: b"a".startswith(), lambda: b"a".partition(),
    lambda: b"a".zfill(), lambda: b"a".replace(b"a"), lambda: b"a".strip(b"a", 1),
    lambda: set().add(), lambda: set().union(x=1), lambda: frozenset().copy(1), lambda: frozenset().issubset(),
    lambda: set().issuperset(1, 2), lambda: (5).to_bytes(1, "big", False), lambda: (5).to_bytes(1, 2, 3, 4),
    lambda: (1.5).is_integer(1), lambda: (5).bit_length(1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
big = 2 ** 70
for c in [lambda: [].insert(big, 1), lambda: [1].pop(big), lambda: [1].pop(-big), lambda: "a".center(big),
          lambda: "a b".split(None, big), lambda: "aa".replace("a", "b", big), lambda: "a".zfill(big),
          lambda: [1].pop(None), lambda: [1].pop(1.0), lambda: [1].index(1, None), lambda: (1,).index(1, 1.5),
          lambda: "abc".find("c", None, None), lambda: [1, 2, 1].index(1, -big, big), lambda: (1, 2).index(2, big)]:
    try:
        print(repr(c()))
    except (TypeError, OverflowError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
for rev in [True, 0, 1, 2, None, 1.5, "x"]:
    try:
        print(rev, sorted([2, 3, 1], reverse=rev))
    except TypeError as e:
        print(rev, type(e).__name__, e)
s = {frozenset({1}), 2}
print({1} in s, set() in s, {3} in s)
s.discard({1})
print(s)
try:
    s.remove({9})
except KeyError as e:
    print(type(e).__name__, e)
s.remove(2)
print(s, hasattr(1, "is_integer"), hasattr(1.0, "is_integer"))
