class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"

    def kind(self):
        return "shape"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        Rect.__init__(self, s, s)
        self.name = "square"

    def kind(self):
        return "special " + Rect.kind(self)


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        super().__init__("triangle")
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2


shapes = [Shape("blob"), Rect(2, 3), Square(4), Triangle(3, 4)]
for s in shapes:
    print(s.describe(), "|", s.kind())

# an inherited method calling an overridden one dispatches on the instance
print(Shape.describe(Square(2)))
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(sum(s.area() for s in shapes))


# overriding a class attribute and reading it through self and through the class
class Base:
    label = "base"

    def show(self):
        return self.label, type(self).label, Base.label


class Child(Base):
    label = "child"


print(Base().show())
print(Child().show())


# inheriting __init__ unchanged
class Named:
    def __init__(self, name):
        self.name = name


class Person(Named):
    def greet(self):
        return "Hi " + self.name


print(Person("Zoe").greet())


# three levels, each extending the result of the parent's method
class A:
    def steps(self):
        return ["A"]


class B(A):
    def steps(self):
        return A.steps(self) + ["B"]


class C(B):
    def steps(self):
        return B.steps(self) + ["C"]


print(C().steps(), B().steps())


# a method defined only in the subclass is not visible in the base
print(hasattr(Rect(1, 1), "w"), hasattr(Shape("x"), "w"))
print(hasattr(Square, "area"), "area" in Square.__dict__, "area" in Rect.__dict__)


# overriding with different signatures
class Logger:
    def log(self, msg):
        return f"[log] {msg}"


class LevelLogger(Logger):
    def log(self, msg, level="INFO"):
        return f"[{level}] " + Logger.log(self, msg)


print(LevelLogger().log("start"))
print(LevelLogger().log("oops", level="ERROR"))
print(Logger().log("plain"))
