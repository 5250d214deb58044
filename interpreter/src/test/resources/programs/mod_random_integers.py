# random: randrange and randint, including huge and negative ranges and steps.
import random

random.seed(7)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10, 4) for _ in range(10)])
print([random.randint(1, 6) for _ in range(30)])
print([random.randint(-3, 3) for _ in range(15)])
print(random.randrange(10**30), random.randrange(-(10**25), 10**25), random.randint(0, 2**200))
print(random.randrange(2**63), random.randrange(2**64), random.randrange(2**63 - 1), random.randrange(1, 2**70, 2**40))
print(random.randrange(1), random.randint(5, 5), random.randrange(True), random.randrange(3, step=1))
print(random.randrange(start=2, stop=9), random.randint(b=10, a=9))

# the distribution of a small range
random.seed(99)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))

for call in [
    lambda: random.randrange(0),
    lambda: random.randrange(-5),
    lambda: random.randrange(1, 1),
    lambda: random.randrange(5, 1),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(1, 10, -1),
    lambda: random.randrange(10, step=2),
    lambda: random.randrange("a"),
    lambda: random.randrange(),
    lambda: random.randrange(1, 2, 3, 4),
    lambda: random.randrange(1, stop=5, start=2),
    lambda: random.randrange(1, foo=2),
    lambda: random.randint(1),
    lambda: random.randint(5, 1),
    lambda: random.randint("a", "b"),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(1.5),
    lambda: random.getrandbits(),
    lambda: random.getrandbits(k=3),
    lambda: random.getrandbits(10**20),
]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
