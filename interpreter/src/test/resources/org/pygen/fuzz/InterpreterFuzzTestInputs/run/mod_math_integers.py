# math: exact integer functions.
import math

print([math.factorial(n) for n in range(0, 23, 2)])
print(math.factorial(100))
f = math.factorial(3000)
print(f.bit_length(), f % 1000000007, f % 2**64)
print(math.comb(10, 3), math.comb(52, 5), math.comb(100, 50), math.comb(5, 9), math.comb(0, 0))
print(math.comb(10**20, 3), math.comb(10**30, 10**30 - 2), math.comb(True, True))
print(math.perm(10, 3), math.perm(7), math.perm(7, None), math.perm(4, 9), math.perm(10**18, 2))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100)])
print(math.isqrt(2**62), math.isqrt(2**63 - 1), math.isqrt(2**64), math.isqrt(10**100 - 1))
r = math.isqrt(12345678901234567890123456789)
print(r, r * r <= 12345678901234567890123456789 < (r + 1) ** 2)
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(-4, 6))
print(math.gcd(2**100, 6**40), math.gcd(True, 4))
print(math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3, -12))

for call in [
    lambda: math.factorial(-1),
    lambda: math.factorial(5.0),
    lambda: math.factorial("5"),
    lambda: math.factorial(10**20),
    lambda: math.comb(-1, 2),
    lambda: math.comb(5, -1),
    lambda: math.comb(5.0, 2),
    lambda: math.comb(5),
    lambda: math.comb(10**30, 10**20),
    lambda: math.perm(-3),
    lambda: math.perm(5, -1),
    lambda: math.perm(1, 2, 3),
    lambda: math.isqrt(-1),
    lambda: math.isqrt(4.0),
    lambda: math.gcd(1.5),
    lambda: math.gcd(x=1),
    lambda: math.lcm(2, "3"),
]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
