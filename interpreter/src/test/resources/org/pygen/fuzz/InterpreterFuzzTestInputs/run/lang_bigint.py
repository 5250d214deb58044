# Long overflow to BigInteger and back
big = 2 ** 64
print(big, big // 2 ** 3, big - 1, big + 1)
print(2 ** 64 // 2 ** 3, type(2 ** 64 // 2 ** 3) is int)
print(big // big, big - big, (big * big) // big == big)
m = 9223372036854775807
print(m + 1, m * 2, -m - 1, -m - 2, m * m)
print(-(m + 1) // -1, abs(-m - 1))
print((m + 1) - 1 == m, (m + 1) - 1)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(90), fib(93), fib(200))
print(fib(200) % 1000000007, fib(200) // fib(199))
neg = -(2 ** 100)
print(neg, neg // 7, neg % 7, -neg, neg * -1 == 2 ** 100)
print(neg // -7, neg % -7, divmod(neg, 13))
print(2 ** 100 / 2 ** 50, 2 ** 64 + 0.5, float(2 ** 70))
print(10 ** 30 * 1.0, 10 ** 20 / 3, 2 ** 53 + 1.0)
print(2 ** 200 > 1e60, 2 ** 200 < 1e61, 2 ** 64 == 2.0 ** 64)
print(int(2.0 ** 70), int(-1e20), int("123456789012345678901234567890"))
print(str(3 ** 50), len(str(7 ** 77)), repr(-(5 ** 30)))
print(2 ** 63, -2 ** 63, (-2) ** 63, (-2) ** 64)
print(1 << 70, (1 << 70) >> 68, 12345678901234567890 & 0xFFFF, 2 ** 65 | 1)
print(pow(3, 100), pow(2, -1), 5 ** 0, 0 ** 0)
x = 1
for i in range(1, 30):
    x *= i
print(x)
for i in range(29, 0, -1):
    x //= i
print(x, type(x).__name__)
print(max(2 ** 80, 3), min(-(2 ** 80), 0), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(hash(2 ** 64) == hash(2 ** 64), 2 ** 64 in {2 ** 64: 1}, {2 ** 3: "a"}[8])
