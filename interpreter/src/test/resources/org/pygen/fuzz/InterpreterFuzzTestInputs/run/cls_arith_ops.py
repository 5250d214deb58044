class Frac:
    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = Frac._gcd(abs(num), den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"

    def __add__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = Frac._coerce(other)
        if o is None:
            return NotImplemented
        if o.num == 0:
            raise ZeroDivisionError("Frac division by zero")
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return Frac._coerce(other) / self

    def __floordiv__(self, other):
        q = self / other
        return q.num // q.den

    def __mod__(self, other):
        return self - Frac._coerce(other) * (self // other)

    def __pow__(self, exponent):
        if exponent < 0:
            return Frac(self.den ** -exponent, self.num ** -exponent)
        return Frac(self.num ** exponent, self.den ** exponent)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        o = Frac._coerce(other)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)


half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(half + 1, 1 + half, 2 - half, half - 2, 3 * half, half * 3)
print(1 / half, half / 4, Frac(7, 2) // Frac(1, 1), Frac(7, 2) % 1, Frac(7, 2) % 2)
print(half ** 2, half ** -3, third ** 0)
print(-half, +half, abs(Frac(-3, 4)), abs(half), -(-half))
print(half + half == 1, Frac(2, 4) == half, half == 0.5)
print(sum([half, third, Frac(1, 6)]), sum([Frac(1, 4)] * 4, Frac(0)))
print(float(third), int(Frac(7, 2)), int(Frac(-7, 2)))
try:
    half / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    half + 0.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" - half
except TypeError as e:
    print(type(e).__name__, e)
x = half
x += third
x *= 6
x -= 1
x /= 2
print(x, half)
print((half + third) * (half - third) == half ** 2 - third ** 2)


# operators returning other types
class Tally:
    def __init__(self):
        self.marks = 0

    def __add__(self, n):
        t = Tally()
        t.marks = self.marks + n
        return t

    def __mul__(self, n):
        return "|" * self.marks * n

    def __mod__(self, n):
        return self.marks % n

    def __pow__(self, n, mod=None):
        return ("pow", n, mod)

    def __rpow__(self, base):
        return ("rpow", base)

    def __invert__(self):
        return "inverted"

    def __matmul__(self, other):
        return "matmul"

    def __lshift__(self, n):
        return f"<<{n}"

    def __and__(self, other):
        return "and"

    def __or__(self, other):
        return "or"

    def __xor__(self, other):
        return "xor"

    def __rshift__(self, n):
        return f">>{n}"


t = Tally() + 3
print(t.marks, t * 2, t % 2, t ** 5, pow(t, 2, 7), 2 ** t)
print(~t, t @ t, t << 1, t >> 2, t & 1, t | 1, t ^ 1)
