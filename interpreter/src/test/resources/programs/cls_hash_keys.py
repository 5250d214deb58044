class Plain:
    def __init__(self, tag):
        self.tag = tag


p1, p2 = Plain("a"), Plain("a")
d = {p1: "first", p2: "second"}
print(len(d), d[p1], d[p2])
print(p1 in d, Plain("a") in d)
s = {p1, p1, p2}
print(len(s))
print(hash(p1) == hash(p1), isinstance(hash(p1), int))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


d = {Point(1, 2): "a", Point(3, 4): "b"}
print(d[Point(1, 2)], d.get(Point(3, 4)), d.get(Point(5, 6), "missing"))
d[Point(1, 2)] = "replaced"
print(d)
print(len({Point(0, 0), Point(0, 0), Point(1, 0)}))
print(sorted({Point(2, 1), Point(1, 2), Point(2, 1)}, key=lambda p: (p.x, p.y)))
print(hash(Point(1, 2)) == hash((1, 2)))
print(Point(1, 2) in {Point(1, 2)}, Point(1, 3) in {Point(1, 2)})


# a class defining __eq__ without __hash__ is unhashable
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Eq.__hash__)
try:
    hash(Eq(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Eq(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Eq(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    Eq(1) in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(Eq(1) in [Eq(1)])


# __hash__ = None explicitly, and a subclass restoring hashability
class NoHash:
    __hash__ = None


class Restored(NoHash):
    def __hash__(self):
        return 42


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(Restored()))


# a subclass of a hashable class that overrides __eq__ loses the inherited __hash__
class Child(Point):
    def __eq__(self, other):
        return True


try:
    hash(Child(1, 1))
except TypeError as e:
    print(type(e).__name__, e)


# __hash__ results: large ints are reduced, -1 becomes -2
class Big:
    def __hash__(self):
        return 2 ** 100


class MinusOne:
    def __hash__(self):
        return -1


print(hash(Big()) == hash(2 ** 100), hash(MinusOne()))


class BadHash:
    def __hash__(self):
        return "not an int"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


# mutable objects as keys: mutating breaks the lookup
k = Point(1, 1)
table = {k: "value"}
k.x = 2
print(Point(1, 1) in table, Point(2, 1) in table, k in table)
