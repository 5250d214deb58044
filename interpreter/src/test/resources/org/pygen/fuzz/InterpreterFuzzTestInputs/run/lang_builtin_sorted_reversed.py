# sorted() and reversed() on many iterables; reversed is lazy and single-pass
print(sorted("banana"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
print(sorted(x * x % 7 for x in range(7)), sorted(b"cba"), sorted({"b": 1, "a": 2}.values()), sorted([], reverse=True))
print(sorted(["10", "9", "1"]), sorted(["10", "9", "1"], key=int), sorted(["b", "A", "a", "B"], key=str.casefold))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], []]), sorted([0.5, -1, 2, True]))
words = ["kiwi", "fig", "apple", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[::-1]))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.items())), list(reversed(b"ab")), list(reversed([])))
print(type(reversed(range(3))).__name__, type(reversed("ab")).__name__, type(reversed(())).__name__)
lst = [1, 2, 3]
rl = reversed(lst)
lst.append(4)
print(list(rl), "a list reverse iterator starts from the length at creation")
lst = [1, 2, 3, 4]
rl = reversed(lst)
next(rl)
lst.clear()
print(list(rl), "and stops when the list shrinks")
print("".join(reversed("stressed")), list(reversed(sorted([3, 1, 2]))), sorted(reversed([3, 1, 2])))
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(5), lambda: sorted(5),
            lambda: sorted([1, 2], key=lambda x: "a" if x == 1 else 1), lambda: reversed(x for x in "ab")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
