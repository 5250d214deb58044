# Generator of Fibonacci numbers modulo a prime; the checksum mixes every value.
P = 1000000007
N = 7000000


def fib_mod(p):
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % p


total = 0
count = 0
for v in fib_mod(P):
    if count == N:
        break
    total = (total * 31 + v) % P
    count += 1
print("fib_mod_gen", count, total)
