class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return f"V{self.text}"

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts


a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a == b, a != b)
# > and >= come from the reflected __lt__ and __le__ of the right operand
print(a > b, a >= b, b > a, b >= a)
print(a <= Version("1.2"), a >= Version("1.2"))


class Loud:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented


x, y = Loud("x"), Loud("y")
try:
    x < y
except TypeError as e:
    print(type(e).__name__, e)
try:
    x > y
except TypeError as e:
    print(type(e).__name__, e)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)


# the reflected method of a subclass on the right runs first
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  Num.__lt__")
        return self.v < other.v

    def __gt__(self, other):
        print("  Num.__gt__")
        return self.v > other.v


class SubNum(Num):
    def __gt__(self, other):
        print("  SubNum.__gt__")
        return self.v > other.v


print(Num(1) < SubNum(2))
print(Num(1) < Num(2))
print(SubNum(1) < Num(2))


# comparison with builtins
class Meters:
    def __init__(self, m):
        self.m = m

    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.m < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, (int, float)):
            return self.m > other
        return NotImplemented


print(Meters(3) < 5, Meters(3) > 5, 5 > Meters(3), 5 < Meters(3), 2.5 < Meters(3))
try:
    Meters(3) <= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meters(3) < "5"
except TypeError as e:
    print(type(e).__name__, e)


# chained comparisons call the methods pairwise
v1, v2, v3 = Version("1.0"), Version("2.0"), Version("3.0")
print(v1 < v2 < v3, v1 < v3 < v2, v1 <= v1 < v2)
