# starred assignment, nested unpacking (also in for loops), and unpacking errors
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
x, *y = (1,)
print(x, y, type(y).__name__)
*z, = {"k": 1, "j": 2}
print(z)
(p, q), [r, *s] = (1, 2), [3, 4, 5]
print(p, q, r, s)
((a1, b1), c1), d1 = ((1, 2), 3), 4
print(a1, b1, c1, d1)
head, *tail = iter([10, 20, 30])
print(head, tail)
one, two = {1: "a", 2: "b"}.items()
print(one, two)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c, end=" ")
print()
for first, *others in ["abc", "de", "f"]:
    print(first, others)
for [m, n] in [[1, 2], (3, 4), "56"]:
    print(m, n, end="; ")
print()
points = [(1, (2, 3)), (4, (5, 6))]
print([x + y + z for x, (y, z) in points])
lst = [0, 0, 0]
lst[0], *lst[1:] = "xyz"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
a, b = b, a = 1, 2
print(a, b)
tests = [
    lambda: exec_unpack([1, 2, 3], 2),
    lambda: exec_unpack([1], 2),
    lambda: exec_unpack(5, 2),
    lambda: exec_unpack(None, 2),
    lambda: exec_star([], 2),
    lambda: exec_star([1], 2),
    lambda: exec_unpack("abc", 2),
    lambda: exec_unpack({"a": 1}, 2),
]
def exec_unpack(value, n):
    if n == 2:
        a, b = value
        return a, b
def exec_star(value, n):
    a, b, *c = value
    return a, b, c
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = [1, 2], 3
    (a, b), c = 1, 2
except TypeError as e:
    print(type(e).__name__, e)
print(a, b, c)
