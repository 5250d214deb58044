class EvenNumbers:
    def __contains__(self, item):
        print("  checking", item)
        return isinstance(item, int) and item % 2 == 0


evens = EvenNumbers()
print(4 in evens)
print(3 in evens)
print(3 not in evens)
print("x" in evens)
print([n for n in range(5) if n in evens])


# __contains__ results are converted to bool
class Truthy:
    def __contains__(self, item):
        return item * 2


t = Truthy()
print(1 in t, 0 in t, "" in t, "a" in t)


# __contains__ beats __iter__ and __getitem__
class Tricky:
    def __contains__(self, item):
        return item == "magic"

    def __iter__(self):
        return iter(["a", "b"])


print("a" in Tricky(), "magic" in Tricky(), list(Tricky()))


# without __contains__, `in` falls back on __iter__ and then on __getitem__
class IterOnly:
    def __iter__(self):
        print("  iterating")
        yield 1
        yield 2
        yield 3


print(2 in IterOnly())
print(5 in IterOnly())


class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10


print(20 in GetItemOnly(), 25 in GetItemOnly())


# containment uses == of the elements, so user __eq__ participates
class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == getattr(other, "v", other)

    __hash__ = None


items = [Loose(1), Loose(2)]
print(2 in items, Loose(1) in items, 3 in items)
print(items.index(2), items.count(Loose(2)))


# a set-like range class
class Interval:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        return self.lo <= x < self.hi


iv = Interval(1.5, 4)
print([x for x in [0, 1.5, 2, 3.99, 4] if x in iv])
print(all(x in Interval(0, 10) for x in range(10)), 10 in Interval(0, 10))
