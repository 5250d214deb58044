# big ints: true division, floor division, pow with modulus, negative exponents, bit operations
a = 2 ** 200
print(a, a // 3, a % 3, a / 3, a / a, a / 2 ** 199, (a + 1) / a)
print(10 ** 40 / 10 ** 20, 10 ** 40 / 3, 2 ** 1000 / 2 ** 999, (3 ** 200) / (3 ** 198), 1 / 2 ** 100)
print(-(2 ** 200) // 7, -(2 ** 200) % 7, divmod(2 ** 200, 10 ** 30))
print(pow(2, 100, 1000), pow(3, 10 ** 18, 10 ** 9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(7, 0, 1), pow(0, 0, 5))
print(pow(3, -1, 7), pow(2, -1, 9), pow(10, -2, 7), pow(38, -1, 97), pow(2 ** 100, -1, 3))
print(2 ** -1, 2 ** -10, (-2) ** -3, 10 ** -5, pow(2, -2), pow(-3, 3), pow(2.5, 2), 0 ** 0)
print((-1) ** 2 ** 70, (-2) ** 101, 1 ** 10 ** 9, 0 ** 10 ** 9, (-1) ** (2 ** 70 + 1))
print(a.bit_length(), (a - 1).bit_length(), (-a).bit_length(), (0).bit_length(), (255).bit_length())
print(a >> 190, a >> 300, -a >> 199, -1 >> 100, 1 << 100, -(1 << 100), a & (a - 1), a | 1 == a + 1)
print(~a, ~(-a), a ^ (a - 1), -a & 0xFF, -(2 ** 70) | 5, (2 ** 70) ^ -1)
print(int(a ** 0.5) if False else "skip", a ** 2 == 2 ** 400, abs(-a) == a, -a < -a + 1)
print(str(2 ** 100)[:10], len(str(2 ** 1000)), sum(int(c) for c in str(2 ** 1000)))
f = 1
for i in range(1, 31):
    f *= i
print(f, f // 2 ** 26, f % 10 ** 7, f / 10 ** 30)
print(123456789 ** 3, 987654321 * 123456789, (10 ** 18 + 9) * (10 ** 18 + 7))
print(max(a, 2 ** 199 * 3), min(-a, -(2 ** 201)), sorted([a, -a, 0, 2 ** 64]))
print(a == 2.0 ** 200, a > 1e60, a < float("inf"), -a > float("-inf"), hash(2 ** 64) == hash(2.0 ** 64))
for thunk in [lambda: pow(2, -1, 4), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: 0 ** -1,
              lambda: 1 << -1, lambda: 2 ** 10000 / 3, lambda: 10 ** 400 / 10 ** 10, lambda: float(10 ** 400),
              lambda: 1 >> -3, lambda: 0.0 ** -1, lambda: pow(2, -1, 1)]:
    try:
        print(thunk())
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print((10 ** 400 // 10 ** 399), 10 ** 400 // 3 ** 800 if 3 ** 800 > 10 ** 400 else 0)
