# tuple assignment, swapping, star unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
h, *m, t = [1, 2]
print(h, m, t)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
i = j = k = 7
print(i, j, k)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
n = 3
result = n, n * 2
print(result, type(result).__name__)
a, b, c = [x * x for x in range(3)]
print(a, b, c)
def divide(a, b):
    return a // b, a % b
quot, rem = divide(17, 5)
print(quot, rem)
[u, v] = (8, 9)
print(u, v)
for a, *bs in [(1, 2, 3), (4,)]:
    print(a, bs)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2))
d = {**{"a": 1}, "b": 2}
print(d)
