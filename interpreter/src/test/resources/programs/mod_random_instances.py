# random: Random instances have their own state; getstate and setstate save and restore it.
import random

a = random.Random(99)
b = random.Random(99)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
print(a.randrange(1000), b.randrange(1000), a.choice("xyz"), b.choice("xyz"))

# the module's functions use their own hidden instance
random.seed(99)
c = random.Random(99)
print(random.random() == c.random())
c.random()
print(random.random() != c.random())

print(isinstance(a, random.Random), type(a).__name__, type(a) is random.Random, random.Random.__name__)
print(random.Random.VERSION, a.VERSION)

state = a.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
first = [a.random() for _ in range(4)]
a.setstate(state)
print(first == [a.random() for _ in range(4)])
b.setstate(state)
print(first == [b.random() for _ in range(4)])

random.seed(0)
st = random.getstate()
print(st[1][:4], st[1][-1])
random.gauss()
saved = random.getstate()
print(saved[2] is not None)
nxt = random.gauss()
random.setstate(saved)
print(random.gauss() == nxt)

# a version 2 state holds signed words; setstate reduces them modulo 2**32
v3 = random.Random(5).getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in v3[1])
r = random.Random()
r.setstate((2, signed, None))
print(r.random() == random.Random(5).random())

# methods are found through the class too
d = random.Random(123)
e = random.Random(123)
print(random.Random.random(d) == e.random(), random.Random.randint(d, 1, 100) == e.randint(1, 100))

print(random.Random(7).randbytes(10), random.Random(7).randbytes(0), len(random.Random().randbytes(33)))
random.seed(8)
print(random.randbytes(5), random.getrandbits(40).to_bytes(5, "little"))

r = random.Random("seed text")
r.extra = "attribute"
print(r.extra, r.random())
r.gauss_next = 1.25
print(r.gauss(), r.gauss_next)

for call in [
    lambda: random.Random([1]),
    lambda: random.Random(1, 2),
    lambda: a.random(1),
    lambda: a.random(x=1),
    lambda: a.setstate(5),
    lambda: a.setstate((9, (), None)),
    lambda: a.setstate((3, (1, 2, 3), None)),
    lambda: a.setstate((3, [0] * 625, None)),
    lambda: a.setstate((3, (0,) * 624 + (625,), None)),
    lambda: a.setstate((3, (-1,) * 625, None)),
    lambda: a.setstate((3, (1,), None, 4)),
    lambda: a.randbytes(-1),
    lambda: a.getstate(1),
    lambda: a.shuffle([1], 2),
    lambda: a.seed(1, 2, 3),
]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
