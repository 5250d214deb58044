# map and filter: multiple iterables, None predicate, builtin functions as callables, laziness
print(list(map(int, "123")), list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(divmod, [7, 9], [2, 4])), list(map(abs, range(-2, 3))))
print(list(map(lambda x: x, [])), list(map(str, range(3), )), list(map(round, [1.25, 2.5], [1, 0])))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 0.0, 2.5])), list(filter(str.isalpha, "a1b2c3")))
print(list(filter(lambda x: x > 2, range(6))), list(filter(bool, ["", "a"])), list(filter(None, ())))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
m = map(noisy, [1, 2, 3])
print(calls, "nothing called yet")
print(next(m), calls)
print(list(m), calls)
f = filter(lambda x: calls.append(("f", x)) or x % 2, range(4))
print(type(f).__name__, type(m).__name__, next(f), calls[-2:])
print(list(map(lambda s: s.strip(), " a , b ,c ".split(","))), sum(map(int, "1 2 3".split())))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())), set(map(lambda x: x % 3, range(10))))
print(list(map(list, zip("ab", "cd"))), [*map(chr, range(97, 100))], "".join(map(str, [1, 2, 3])))
nested = list(map(lambda row: list(filter(lambda v: v > 1, row)), [[1, 2, 3], [0, 5]]))
print(nested)
for bad in [lambda: map(None, [1]).__next__(), lambda: list(map(len, [1])), lambda: map(len), lambda: filter(None),
            lambda: list(filter(5, [1])), lambda: map(abs, 5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
