# sum with start, floats, bools, lists; any/all with short-circuiting and truthiness
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1e100, 1, -1e100]))
print(sum([True, True, False]), sum([1, 2.5]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2 ** 64, 2 ** 64]))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}), sum({1.5, 2.5}), sum(b"\x01\x02"), sum([], start=[1]))
print(sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, sum([1, 2], start=0.5), sum([-1, 1.0]), type(sum([])).__name__)
for bad in [lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]),
            lambda: sum(5), lambda: sum([[1]]), lambda: sum(), lambda: sum([1], 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, 0.0, "", None, []]), all([1, "a", [0], -1]), any("0"), all(""), all([[]]))
checked = []
def check(v):
    checked.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), checked)
checked.clear()
print(all(check(v) for v in [1, 2, 0, 4]), checked)
print(any(x > 10 for x in range(20)), all(x < 10 for x in range(20)), any(map(str.isdigit, "ab3")))
print(all(isinstance(x, int) for x in [1, True, 2]), any(c.isupper() for c in "abC"), all({}), any({0: 1}))
for bad in [lambda: any(1), lambda: all(None), lambda: any()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
