# range with 1-3 arguments, negative steps, empty ranges
print(list(range(5)), list(range(2, 6)), list(range(1, 10, 3)))
print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-5, -1)))
print(list(range(0)), list(range(-3)), list(range(5, 2)), list(range(2, 5, -1)))
print(list(range(0, -10, -4)), list(range(3, 3)), list(range(-2, 2)))
r = range(0, 20, 5)
print(r, range(3), range(1, 2, 3), len(r), r[1], r[-1], 15 in r, 16 in r)
print(len(range(0)), len(range(10, 0, -2)), len(range(0, 10, 3)))
print(r[1:3], list(r[::-1]), list(range(10)[2:8:2]))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(4))), list(enumerate(range(3, 6))))
for i in range(3, 0, -1):
    print("countdown", i)
total = 0
for i in range(1000000):
    total += i
print(total)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(2))
print(next(it), next(it), next(it, "end"))
print(range(0, 6, 2) == range(0, 5, 2), list(range(True, 3)))
