# random: seeding with every kind of seed gives CPython's sequences.
import random

seeds = [0, 1, 42, 2**32 - 1, 2**32, 2**64 + 5, -7, 7, 10**50, -(10**40), True, False,
         "hello", "", "héllo wörld ✓", b"xy", b"", 3.5, -2.25, 0.0, 1e300]
for s in seeds:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(32))

# -7 and 7 seed alike; True seeds as 1
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())

# version 1 string seeds use Python 2's string hash
for s in ["abc", b"abc", "", "xyz" * 10]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
random.seed("abc", 1)
print("positional version", random.random())

# seeding again restarts the sequence; seed() returns None
print(random.seed(2024))
first = [random.random() for _ in range(5)]
random.seed(2024)
print(first == [random.random() for _ in range(5)], first)

# getrandbits fills 32-bit words from the least significant one
random.seed(12345)
print([random.getrandbits(k) for k in (0, 1, 2, 7, 31, 32, 33, 53, 63, 64, 65, 96, 100, 200)])
print(random.getrandbits(1000) % 10**20)

for bad in [[1], {}, None.__class__, (1, 2)]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
