def mro(cls):
    return [c.__name__ for c in cls.__mro__]


class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B"

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C"

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


class E(C, B):
    pass


print(mro(D))
print(mro(E))
print(D().who(), E().who())
print(D().chain())
print(E().chain())
print(mro(A), mro(B))
print(D.__bases__ == (B, C))
print([c.__name__ for c in D.mro()])


# cooperative __init__ through a diamond: each runs once
class Root:
    def __init__(self, log):
        log.append("Root")
        self.log = log


class Left(Root):
    def __init__(self, log):
        log.append("Left")
        super().__init__(log)


class Right(Root):
    def __init__(self, log):
        log.append("Right")
        super().__init__(log)


class Bottom(Left, Right):
    def __init__(self):
        super().__init__([])
        self.log.append("Bottom")


print(Bottom().log)
print(mro(Bottom))


# mixins with kwargs
class Base:
    def __init__(self, **kw):
        self.extra = kw


class ColorMixin(Base):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)


class SizeMixin(Base):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)


class Widget(ColorMixin, SizeMixin):
    pass


w = Widget(color="blue", size=3, weight=9)
print(w.color, w.size, w.extra)
print(mro(Widget))
w2 = Widget()
print(w2.color, w2.size, w2.extra)


# attribute lookup follows the MRO, class attributes too
class P1:
    x = "P1"
    y = "P1"


class P2:
    x = "P2"
    y = "P2"
    z = "P2"


class Q(P1, P2):
    y = "Q"


print(Q.x, Q.y, Q.z, Q().x)
print(mro(Q))
