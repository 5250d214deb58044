class Point:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x

    @property
    def y(self):
        return self._x * 2

    @y.setter
    def y(self, value):
        self._x = value / 2


p = Point(3)
print(p.x, p.y)
try:
    p.x = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 8
print(p.x, p.y)


# a getter raising AttributeError itself
class Lazy:
    @property
    def value(self):
        raise AttributeError("value is not ready")


try:
    Lazy().value
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Lazy(), "value"), getattr(Lazy(), "value", "default"))


# a getter raising another error propagates it
class Broken:
    @property
    def value(self):
        return 1 / 0


try:
    Broken().value
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    hasattr(Broken(), "value")
except ZeroDivisionError as e:
    print("hasattr propagates", type(e).__name__)


# a property without getter
class WriteOnly:
    def _set(self, v):
        self.stored = v

    secret = property(None, _set)


w = WriteOnly()
w.secret = "s3"
print(w.stored)
try:
    w.secret
except AttributeError as e:
    print(type(e).__name__, e)


# the names in the messages are those of the subclass
class Sub(Point):
    pass


try:
    Sub(1).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
