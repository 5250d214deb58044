class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
print(a == 1, a != "x", a is a, a is not b)
print([a, b].count(a), [a, b].index(b), a in [b], a in [b, a])


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        print("  Money.__eq__")
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)


m1 = Money(5, "EUR")
m2 = Money(5, "EUR")
m3 = Money(5, "USD")
print(m1 == m2)
print(m1 == m3)
# __ne__ is derived from __eq__ by inverting its result
print(m1 != m2)
print(m1 != m3)
# NotImplemented from both sides falls back on identity
print(m1 == 5)
print(m1 != 5)
print(5 == m1)
print(m1 == m1)


# a __ne__ defined on its own is used as is
class Weird:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return True


w = Weird()
print(w == 1, w != 1, w == w, w != w)


# __eq__ returning a non-bool value is passed through ==, negated by !=
class Symbolic:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return f"{self.name}=={other}"


s = Symbolic("x")
print(s == 3)
print(s != 3)
print(3 == s)
print(bool(s == 3))


# reflected: the right operand's __eq__ is tried when the left returns NotImplemented
class Left:
    def __eq__(self, other):
        print("  Left.__eq__")
        return NotImplemented


class Right:
    def __eq__(self, other):
        print("  Right.__eq__")
        return True


print(Left() == Right())
print(Right() == Left())
print(Left() != Right())


# subclass priority: a subclass overriding __eq__ is asked first
class Base:
    def __eq__(self, other):
        print("  Base.__eq__")
        return False


class Derived(Base):
    def __eq__(self, other):
        print("  Derived.__eq__")
        return True


print(Base() == Derived())
print(Derived() == Base())

# equality inside containers and dict lookups with equal-but-distinct objects
print([Money(1, "X")] == [Money(1, "X")])
print((Money(1, "X"), 2) == (Money(1, "Y"), 2))
