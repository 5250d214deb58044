# range: equality, index/count, membership, len limits, attributes, hashing, reversed
r = range(3, 20, 4)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[1:3], r[::-1])
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 11.0 in r, True in range(2), "x" in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3), range(1) != range(2))
print(range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2], hash(range(3)) == hash(range(0, 3, 1)))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(10, 0, -10)), len(range(-10, 10, 3)), len(range(5, -5, -3)))
big = range(0, 2 ** 100, 2 ** 90)
print(len(big), big[5], 2 ** 91 in big, (2 ** 91 + 1) in big, big.index(2 ** 95), big[-1] == 1023 * 2 ** 90)
print(range(10)[2:8:3], range(10)[-3:], range(10)[::-3], range(5)[10:], list(range(100)[95::2]))
print(max(range(7)), min(range(3, 9)), sum(range(0, 101, 5)), sorted(range(3), reverse=True), list(reversed(range(1, 4))))
print(bool(range(0)), bool(range(1)), len(range(2 ** 62)), repr(range(-1, -5, -1)), str(range(2)))
d = {range(3): "r"}
print(d[range(0, 3)], {range(0): 1}.get(range(5, 5)))
for thunk in [lambda: range(0, 10, 0), lambda: r.index(12), lambda: range(1.0), lambda: range("1"), lambda: len(range(2 ** 64)),
              lambda: range(2 ** 64)[2 ** 64], lambda: r[10], lambda: range(1, 2, 3, 4), lambda: r["a"]]:
    try:
        print(thunk())
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
it = iter(range(3))
print(type(it).__name__, next(it), list(it), list(range(0, -5, -1)))
