# ranges whose bounds or lengths go beyond 32 bits
print(range(2 ** 70, 2 ** 70 + 3)[1], len(range(2 ** 40)))
r = range(-(2 ** 65), 2 ** 65, 2 ** 64)
print(list(r), len(r), 2 ** 64 in r, 1 in r)
print(range(10 ** 12)[-1], list(range(2 ** 63 - 2, 2 ** 63 + 2)))
