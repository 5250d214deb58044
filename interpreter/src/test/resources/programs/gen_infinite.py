# infinite generators with a bounded consumer
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out

print(take(5, naturals()))
print(take(3, naturals(100)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
for _ in range(80):
    last = next(f)
print(last)

def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle("ab")
print("".join(next(c) for _ in range(7)))

g = naturals()
total = 0
for _ in range(200000):
    total += next(g)
print(total)

for n in naturals(1):
    if n * n > 50:
        print("first square over 50:", n)
        break

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(take(12, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
