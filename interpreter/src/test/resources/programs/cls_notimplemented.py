class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{self.v}m"

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v * other)
        return NotImplemented

    __rmul__ = __mul__

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "->", type(e).__name__ + ":", e)


m = Meters(2)
attempt("m + m", lambda: m + m)
attempt("m + 1", lambda: m + 1)
attempt("1 + m", lambda: 1 + m)
attempt("m * 3", lambda: m * 3)
attempt("3 * m", lambda: 3 * m)
attempt("m * m", lambda: m * m)
attempt("m - m", lambda: m - m)
attempt("m / 2", lambda: m / 2)
attempt("m // 2", lambda: m // 2)
attempt("m % 2", lambda: m % 2)
attempt("m ** 2", lambda: m ** 2)
attempt("m @ m", lambda: m @ m)
attempt("m & 1", lambda: m & 1)
attempt("m << 1", lambda: m << 1)
attempt("-m", lambda: -m)
attempt("+m", lambda: +m)
attempt("~m", lambda: ~m)
attempt("abs(m)", lambda: abs(m))
attempt("m < m", lambda: m < Meters(3))
attempt("m < 3", lambda: m < 3)
attempt("3 > m", lambda: 3 > m)
attempt("m >= m", lambda: m >= m)
attempt("m == 2", lambda: m == 2)
attempt("'a' + m", lambda: "a" + m)
attempt("m + 'a'", lambda: m + "a")
attempt("None + m", lambda: None + m)
attempt("[1] + m", lambda: [1] + m)
attempt("pow(m, 2, 3)", lambda: pow(m, 2, 3))
attempt("divmod(m, 2)", lambda: divmod(m, 2))
attempt("round(m)", lambda: round(m))
attempt("int(m)", lambda: int(m))
attempt("float(m)", lambda: float(m))


def inplace_add():
    x = Meters(1)
    x += 5
    return x


def inplace_sub():
    x = Meters(1)
    x -= Meters(1)
    return x


attempt("x += 5", inplace_add)
attempt("x -= m", inplace_sub)

# NotImplemented itself
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Meters.__add__(m, 5))
print(m.__add__(m), m.__mul__("x") is NotImplemented)
