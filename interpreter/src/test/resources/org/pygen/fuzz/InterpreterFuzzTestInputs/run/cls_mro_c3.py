def mro(cls):
    return " ".join(c.__name__ for c in cls.__mro__)


# The classic example from "The Python 2.3 Method Resolution Order"
O = object


class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass


print(mro(A))
print(mro(B))
print(mro(C))


# the second example of that document
class F2(O): pass
class E2(O): pass
class D2(O): pass
class C2(D2, F2): pass
class B2(E2, D2): pass
class A2(B2, C2): pass


print(mro(A2))


# the Boat example (Wikipedia C3 article)
class Obj: pass
class A3(Obj): pass
class B3(Obj): pass
class C3(Obj): pass
class D3(Obj): pass
class E3(Obj): pass
class K1(A3, B3, C3): pass
class K2(D3, B3, E3): pass
class K3(D3, A3): pass
class Z(K1, K2, K3): pass


print(mro(K1))
print(mro(K2))
print(mro(K3))
print(mro(Z))


# single inheritance chains and a class inheriting from object explicitly
class L1: pass
class L2(L1): pass
class L3(L2): pass
class Explicit(object): pass


print(mro(L3), "|", mro(Explicit))


# a method found in the MRO order; super() follows the MRO of the instance's class
class Base:
    def path(self):
        return ["Base"]


class M1(Base):
    def path(self):
        return ["M1"] + super().path()


class M2(Base):
    def path(self):
        return ["M2"] + super().path()


class M3(Base):
    def path(self):
        return ["M3"] + super().path()


class All(M1, M2, M3):
    def path(self):
        return ["All"] + super().path()


class Reverse(M3, M2, M1):
    pass


print(All().path())
print(Reverse().path())
print(M2().path())
print(mro(All))
print(mro(Reverse))

# issubclass along the MRO
print(issubclass(Z, K3), issubclass(Z, E3), issubclass(K1, K2))
print(All.__mro__[1] is M1, len(All.__mro__))
