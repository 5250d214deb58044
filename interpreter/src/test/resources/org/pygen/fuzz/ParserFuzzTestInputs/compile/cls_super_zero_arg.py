class Base:
    def __init__(self, value):
        self.value = value
        self.trail = ["Base.__init__"]

    def describe(self):
        return f"Base({self.value})"

    def total(self, extra=0):
        return self.value + extra

    @classmethod
    def make(cls, v):
        return cls(v)

    @staticmethod
    def helper(x):
        return x * 2


class Mid(Base):
    def __init__(self, value, scale):
        super().__init__(value * scale)
        self.trail.append("Mid.__init__")
        self.scale = scale

    def describe(self):
        return "Mid<" + super().describe() + ">"

    def total(self, extra=0):
        return super().total(extra) * 10


class Leaf(Mid):
    def __init__(self, value):
        super().__init__(value, 3)
        self.trail.append("Leaf.__init__")

    def describe(self):
        inner = super().describe()
        return "Leaf[" + inner + "]"

    def total(self, extra=0):
        return super().total(extra + 1)

    @classmethod
    def make(cls, v):
        obj = super().make(v + 100)
        obj.trail.append("Leaf.make")
        return obj

    @staticmethod
    def helper(x):
        return Base.helper(x) + 1


leaf = Leaf(2)
print(leaf.value, leaf.scale, leaf.trail)
print(leaf.describe())
print(leaf.total(), leaf.total(4))
made = Leaf.make(1)
print(type(made).__name__, made.value, made.trail)
print(Leaf.helper(5), Base.helper(5))


# super() in a method that uses a loop and a comprehension-free lambda
class Acc(Base):
    def total(self, extra=0):
        parts = []
        for e in range(extra):
            parts.append(super().total(e))
        return parts


print(Acc(10).total(3))


# super() reaching an attribute defined on the parent class
class P:
    greeting = "hello"


class Q(P):
    greeting = "hi"

    def both(self):
        return self.greeting, super().greeting


print(Q().both())


# super() with explicit arguments, and skipping a level
class X:
    def who(self):
        return "X"


class Y(X):
    def who(self):
        return "Y"


class Z(Y):
    def who(self):
        return "Z", super().who(), super(Y, self).who(), super(Z, self).who()


print(Z().who())


# super().__init__ in a class whose parent has no __init__ of its own
class Plain:
    pass


class UsesPlain(Plain):
    def __init__(self, x):
        super().__init__()
        self.x = x


print(UsesPlain(7).x)


# super() inside a nested function needs the explicit form; the zero-arg one inside the method
class Outer(X):
    def who(self):
        def inner():
            return super(Outer, self).who()
        return "outer+" + inner()


print(Outer().who())

# super() in __str__/__repr__
class Tagged(Base):
    def __repr__(self):
        return "Tagged:" + super().describe()


print(Tagged(3))
print([Tagged(1), Tagged(2)])
