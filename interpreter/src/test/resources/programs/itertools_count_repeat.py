# count() and repeat(): infinite by default, reprs that show the current state
from itertools import count, repeat, islice

c = count()
print([next(c) for _ in range(5)], repr(c))
c = count(10, 5)
print(next(c), next(c), c)
c = count(-3, -2)
print([next(c) for _ in range(4)], c)
c = count(2.5, 0.5)
print([next(c) for _ in range(4)], c)
c = count(0.1, 0.1)
print([next(c) for _ in range(10)])
print(repr(count(1, 1.0)), repr(count(step=3)), repr(count(start=7)))
c = count(True)
print(next(c), next(c), c)
c = count(2 ** 63 - 2)
print([next(c) for _ in range(4)], c)
c = count(1, 2 ** 64)
print([next(c) for _ in range(3)])

# count is the usual partner of zip and map
print(list(zip(count(1), "abc")))
print(list(map(lambda i, s: s * i, count(1), ["x", "y", "z"])))

r = repeat("ab")
print(next(r), next(r), r)
r = repeat(7, 3)
print(r, next(r), r, list(r), r)
print(list(repeat(None, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
print(list(repeat(object=[1], times=2)))
print(list(map(pow, range(6), repeat(2))))
print(list(islice(repeat("z"), 4)))

shared = []
r = repeat(shared, 2)
a, b = r
print(a is b, a is shared)
