class Tracer:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def __add__(self, other):
        print(f"  {self}.__add__({other!r})")
        if isinstance(other, int):
            return Tracer(f"({self}+{other})")
        return NotImplemented

    def __radd__(self, other):
        print(f"  {self}.__radd__({other!r})")
        return Tracer(f"({other}+{self})")

    def __sub__(self, other):
        print(f"  {self}.__sub__({other!r})")
        return NotImplemented

    def __rsub__(self, other):
        print(f"  {self}.__rsub__({other!r})")
        return Tracer(f"({other}-{self})")

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return NotImplemented


a, b = Tracer("a"), Tracer("b")
print(a + 1)
print(1 + a)
# same types: the reflected method of the right operand is not tried
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
print(5 - a)
print("s" + a)
try:
    a * b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * a
except TypeError as e:
    print(type(e).__name__, e)


# a subclass's reflected method is tried before the base's forward one
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"


class SubNoOverride(Base):
    pass


print(Base() + Sub())
print(Sub() + Base())
print(Base() + SubNoOverride())
print(Base() + Base())


# reflected operations with builtin left operands
class Scalar:
    def __init__(self, v):
        self.v = v

    def __rmul__(self, other):
        return f"rmul {other!r}*{self.v}"

    def __rtruediv__(self, other):
        return f"rtruediv {other!r}/{self.v}"

    def __rfloordiv__(self, other):
        return f"rfloordiv {other!r}//{self.v}"

    def __rmod__(self, other):
        return f"rmod {other!r}%{self.v}"

    def __rpow__(self, other):
        return f"rpow {other!r}**{self.v}"

    def __rsub__(self, other):
        return f"rsub {other!r}-{self.v}"


s = Scalar(4)
print(3 * s)
print(2.5 * s)
print("ab" * s)
print([0] * s)
print(10 / s)
print(10 // s)
print(10 % s)
print(2 ** s)
print(1.5 - s)
print(True * s)


# sum() starts from 0, so the first addition is int + obj
class Acc:
    def __init__(self, total):
        self.total = total

    def __add__(self, other):
        return Acc(self.total + (other.total if isinstance(other, Acc) else other))

    def __radd__(self, other):
        print("  __radd__ with", other)
        return self + other

    def __repr__(self):
        return f"Acc({self.total})"


print(sum([Acc(1), Acc(2), Acc(3)]))
print(sum([Acc(1), Acc(2)], Acc(100)))
print(sum([1, 2, Acc(10)]))
