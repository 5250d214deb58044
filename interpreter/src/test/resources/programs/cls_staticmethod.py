class MathUtil:
    factor = 3

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def scale(x):
        return x * MathUtil.factor

    @staticmethod
    def no_args():
        return "nothing needed"

    def uses_static(self, x):
        return self.add(x, 1), MathUtil.add(x, 2), self.scale(x)


print(MathUtil.add(2, 3))
print(MathUtil().add(2, 3))
print(MathUtil.no_args(), MathUtil().no_args())
print(MathUtil().uses_static(10))
print(MathUtil.scale(4))

# a static method stored and called as a plain function
f = MathUtil.add
print(f(10, 20), f.__name__, f.__qualname__)
g = MathUtil().add
print(g(1, 1))

# subclasses inherit static methods and can override them
class Sub(MathUtil):
    factor = 100

    @staticmethod
    def add(a, b):
        return f"{a}+{b}"


print(Sub.add(1, 2), Sub().uses_static(5))
print(Sub.scale(1))

# staticmethod applied by call rather than decorator syntax
def triple(x):
    return 3 * x


class Holder:
    plain = triple
    triple = staticmethod(triple)
    # the class body sees its own rebinding: this is the staticmethod object
    again = triple


print(Holder.triple(4), Holder().triple(4))
print(Holder.plain(4), Holder().again(5))
try:
    print(Holder().plain(4))
except TypeError as e:
    print(type(e).__name__, e)

# static methods with defaults and keyword arguments
class Formatter:
    @staticmethod
    def fmt(value, width=6, *, fill="."):
        return str(value).rjust(width, fill)


print(Formatter.fmt(42))
print(Formatter.fmt(42, 4, fill="0"))
print(Formatter().fmt("ab", fill="-"))
print(type(Formatter.__dict__["fmt"]).__name__, type(Formatter.fmt).__name__)
print(isinstance(Formatter.__dict__["fmt"], staticmethod))
print(Formatter.__dict__["fmt"].__func__(1, 3))

# a static generator method
class Gen:
    @staticmethod
    def countdown(n):
        while n > 0:
            yield n
            n -= 1


print(list(Gen.countdown(3)), list(Gen().countdown(2)))
