# result types of mixed arithmetic: int, bool, float, and big ints
values = [True, 3, 2 ** 70, 2.5]
for a in values:
    row = []
    for b in values:
        row.append(f"{type(a + b).__name__[0]}{type(a * b).__name__[0]}{type(a / b).__name__[0]}{type(a // b).__name__[0]}{type(a % b).__name__[0]}")
    print(repr(a)[:8].ljust(8), " ".join(row))
print(type(2 ** 3).__name__, type(2 ** -1).__name__, type(2.0 ** 3).__name__, type(True ** 2).__name__, type(4 ** 0.5).__name__)
print(10 / 2, 10 // 2, 10.0 // 2, -7 / 2, 7 // -2.0, 2 ** 70 / 2 ** 69, (2 ** 70) // 2.0)
print(1 + True, 1.5 + True, True + True + True, True * 2.5, False ** 0, 0.0 ** 0, 0 ** 0.0)
print(abs(-True), -False, +True, round(2.5), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(3 * "ab", "ab" * True, [0] * 3, (1,) * 2, 3 * [None], True * "x")
x = 5
x += 2.0
print(x, type(x).__name__)
x = 2 ** 64
x -= 2 ** 64 - 1
print(x, type(x).__name__, x == 1, x is not None)
print(7 // 2 == 3, 7 / 2 == 3.5, 7 % 2.0, divmod(7, 2.0), pow(2, 0.5) ** 2, 1e308 + 1e308)
print(int(2.0 ** 60) == 2 ** 60, float(2 ** 60) == 2 ** 60, 0.1 * 3 == 0.3, 3 * 0.1, 1 / 3 * 3 == 1.0)
print(sum([1, 2.0, True]), max(1, 2.0), min(True, 2), sorted([2, 1.5, True, 0]), 5 // 0.3 == int(5 / 0.3))
