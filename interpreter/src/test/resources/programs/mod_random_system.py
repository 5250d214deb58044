# random: SystemRandom draws from the operating system; only the properties of its draws are
# predictable, and it has no state to seed or save.
import random

sr = random.SystemRandom()
print(type(sr).__name__, isinstance(sr, random.Random), isinstance(sr, random.SystemRandom))
print(isinstance(random.Random(1), random.SystemRandom), issubclass(random.SystemRandom, random.Random))
x = sr.random()
print(0.0 <= x < 1.0, type(x).__name__)
print(0 <= sr.getrandbits(10) < 1024, sr.getrandbits(0), sr.getrandbits(300).bit_length() <= 300)
print(1 <= sr.randint(1, 6) <= 6, sr.randrange(10**30) < 10**30, sr.choice("abc") in "abc")
print(sorted(sr.sample(range(20), 20)) == list(range(20)), len(sr.choices("xy", k=7)))
deck = list(range(52))
sr.shuffle(deck)
print(sorted(deck) == list(range(52)))
print(len(sr.randbytes(16)), sr.randbytes(0), type(sr.gauss(0, 1)).__name__, 2 <= sr.uniform(2, 3) <= 3)
print(sr.seed(123), sr.seed(), sr.seed("anything", version=1))
ones = sum(sr.getrandbits(1) for _ in range(4000))
print(1000 < ones < 3000)

for call in [lambda: sr.getstate(), lambda: sr.setstate(None), lambda: sr.randbytes(-1),
             lambda: sr.getrandbits(-1), lambda: random.SystemRandom(1, 2)]:
    try:
        print(call())
    except (NotImplementedError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
