# list/tuple/set/frozenset/dict/str/bool constructors from iterables, generators and other containers
gen = lambda: (x * x for x in range(4))
print(list(gen()), tuple(gen()), set(gen()), frozenset(gen()), dict((x, x * x) for x in range(3)))
print(list("abc"), tuple("abc"), sorted(set("abca")), list({"k": 1, "j": 2}), list({"k": 1}.items()))
print(list(range(3)), tuple(range(0)), set(range(3)), list(b"ab"), tuple({1: 2}.values()), list(enumerate("ab")))
print(dict([("a", 1), ("b", 2)]), dict(zip("ab", "cd")), dict(a=1, b=2), dict({"x": 1}, y=2), dict([("a", 1)], a=2))
print(dict(((1, 2), [3, 4])), dict([[5, 6]]), dict(["xy"]), dict({}.items()), dict(dict(a=1)))
original = [1, [2]]
copy = list(original)
copy[1].append(3)
copy.append(4)
print(original, copy, list(original) is original, tuple(t := (1, 2)) is t)
print(list(), tuple(), set(), frozenset(), dict(), str(), bool(), int(), float())
print(str([1, "a"]), str((1,)), str({1: "x"}), str({1}), str(frozenset([2])), str(range(3)), str(None), str(b"x"))
print(str(object=5), str("x"), str(str), str(1.5e300))
print(set([1, 1, 2]) == {1, 2}, len(set("mississippi")), set([(1, 2), (1, 2)]), frozenset("aab") == frozenset("ba"))
it = iter([1, 2, 3])
print(list(it), list(it), tuple(iter("xy")))
def numbers():
    yield 1
    yield 2
print(list(numbers()), set(numbers()), dict.fromkeys(numbers()), sum(numbers()), sorted(numbers(), reverse=True))
for bad in [lambda: list(1), lambda: tuple(None), lambda: set(5), lambda: dict([1, 2]), lambda: dict(["abc"]),
            lambda: list(1, 2), lambda: set([[1]]), lambda: frozenset([{}]), lambda: dict(5)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
