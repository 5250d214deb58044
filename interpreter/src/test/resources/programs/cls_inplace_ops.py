class Bucket:
    def __init__(self, items=()):
        self.items = list(items)

    def __repr__(self):
        return f"Bucket({self.items})"

    def __add__(self, other):
        print("  __add__")
        return Bucket(self.items + list(other))

    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

    def __sub__(self, other):
        print("  __sub__")
        return Bucket(x for x in self.items if x not in other)

    def __iter__(self):
        return iter(self.items)


b = Bucket([1, 2])
alias = b
b += [3]
print(b, alias, b is alias)
# no __isub__: falls back on __sub__ and rebinds the name
b -= [1]
print(b, alias, b is alias)
c = b + [9]
print(c, b)


# __iadd__ may return something else: the name is rebound to it
class Strange:
    def __iadd__(self, other):
        return "replaced"


s = Strange()
s += 1
print(s)


# __iadd__ returning NotImplemented falls back on __add__, then __radd__
class Fallback:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("  __iadd__ declines")
        return NotImplemented

    def __add__(self, other):
        print("  __add__")
        return Fallback(self.v + other)

    def __repr__(self):
        return f"Fallback({self.v})"


f = Fallback(1)
f += 5
print(f)


class RightOnly:
    def __radd__(self, other):
        return f"RightOnly.__radd__({other})"


n = 10
n += RightOnly()
print(n)


# in-place operators on attributes and subscripts call __getitem__ / __setitem__ once each
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __imul__(self, k):
        self.xs = [x * k for x in self.xs]
        return self

    def __itruediv__(self, k):
        self.xs = [x / k for x in self.xs]
        return self

    def __ifloordiv__(self, k):
        self.xs = [x // k for x in self.xs]
        return self

    def __imod__(self, k):
        self.xs = [x % k for x in self.xs]
        return self

    def __ipow__(self, k):
        self.xs = [x ** k for x in self.xs]
        return self

    def __isub__(self, k):
        self.xs = [x - k for x in self.xs]
        return self

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


class Holder:
    def __init__(self):
        self.v = Vec(1, 2, 3)


h = Holder()
h.v *= 4
print(h.v)
h.v //= 3
print(h.v)
h.v **= 2
print(h.v)
h.v %= 3
print(h.v)
h.v -= 1
print(h.v)
h.v /= 2
print(h.v)


class Logged:
    def __init__(self):
        self.data = {"k": Vec(5)}

    def __getitem__(self, key):
        print("  get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("  set", key, value)
        self.data[key] = value


lg = Logged()
lg["k"] *= 2
print(lg.data)

# lists: += mutates, so the aliases see it; a tuple's += creates a new tuple
lst = [1]
other = lst
lst += Bucket([2, 3])
print(lst, other)
