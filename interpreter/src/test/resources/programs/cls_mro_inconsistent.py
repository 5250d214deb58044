class A:
    pass


class B(A):
    pass


# A before B, but B derives from A: no consistent order
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X:
    pass


class Y:
    pass


class XY(X, Y):
    pass


class YX(Y, X):
    pass


try:
    class Both(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# the same base twice
try:
    class Twice(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# inheriting from something that is not a class
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__)

try:
    class FromNumber(3):
        pass
except TypeError as e:
    print(type(e).__name__)

# the failed class statements bound no names
print("Bad" in globals(), "Both" in globals(), "Twice" in globals())

# consistent orders are still fine
class Good(B, A):
    pass


print([c.__name__ for c in Good.__mro__])


class Three(XY, X, Y):
    pass


print([c.__name__ for c in Three.__mro__])


def attempt(*bases):
    try:
        class Dyn(*bases):
            pass
    except TypeError as e:
        return f"error: {e}"
    return [c.__name__ for c in Dyn.__mro__]


print(attempt(A, B))
print(attempt(B, A))
print(attempt(X, Y))
print(attempt(XY, YX))
