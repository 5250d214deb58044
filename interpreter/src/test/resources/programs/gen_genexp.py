# generator expressions
g = (x * x for x in range(5))
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc".split()), min((x for x in [4, 2, 8]), default=0))
print(sorted((c for c in "banana"), reverse=True))
print(tuple(x for x in "abc"), list(i for i in range(0)))
print(dict((k, v) for k, v in zip("ab", "xy")), set(x % 2 for x in range(6)))
print("-".join(str(n) for n in range(5)))
print(any(x == 3 for x in range(10)), all(x < 5 for x in range(10)))
def source():
    for i in range(3):
        print("source yields", i)
        yield i
squares = (v * v for v in source())
print("genexp made")
for s in squares:
    print("consumer got", s)
first = range(3)
g = (x for x in first)
first = None
print(list(g))
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row if v > 1))
print(list((i, j) for i in range(3) if i for j in range(i)))
gg = (y for y in (x + 1 for x in range(3)))
print(list(gg))
def stops_early():
    return next((x for x in [1, 3, 6, 7] if x % 2 == 0), None)
print(stops_early())
print(next((x for x in [] if x), "nothing found"))
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("error during iteration:", e)
print(next(lazy, "exhausted after error"))
