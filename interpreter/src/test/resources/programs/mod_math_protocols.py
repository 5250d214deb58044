# math and random accept user objects through __float__, __index__, __floor__, __ceil__ and
# __trunc__, as CPython's do.
import math
import random


class Meters:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)


class Count:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __trunc__(self):
        return int(self.cents / 100)


print(math.sqrt(Meters(2.25)), math.hypot(Meters(3), Meters(4)), math.isclose(Meters(1), 1.0))
print(math.floor(Meters(2.7)), math.ceil(Meters(2.1)), math.fsum([Meters(0.1)] * 10))
print(math.factorial(Count(10)), math.comb(Count(6), Count(2)), math.gcd(Count(12), 18), math.isqrt(Count(50)))
print(math.sqrt(Count(16)), math.log2(Count(8)))
print(math.floor(Money(1999)), math.ceil(Money(1999)), math.trunc(Money(-1999)))

random.seed(4)
print(random.randrange(Count(10)), random.randint(1, 6), random.getrandbits(Count(12)))
print(random.choices("abc", k=Count(4)), random.sample(range(10), 3))

for call in [
    lambda: math.trunc(Meters(1.5)),
    lambda: math.factorial(Meters(3)),
    lambda: math.sqrt(Money(100)),
    lambda: math.sqrt(Money),
    lambda: random.getrandbits(Meters(4)),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
