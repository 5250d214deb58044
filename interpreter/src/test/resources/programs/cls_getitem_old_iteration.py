class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.calls = []

    def __getitem__(self, i):
        self.calls.append(i)
        if i >= self.limit:
            raise IndexError("done")
        return i * i


s = Squares(4)
print(list(s))
print(s.calls)
print([v + 1 for v in Squares(3)])
print(sum(Squares(5)), max(Squares(5)))
print(9 in Squares(10), 10 in Squares(10))
probe = Squares(100)
print(16 in probe, probe.calls)
a, b = Squares(2)
print(a, b)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(list(zip(Squares(3), Squares(10))))


def consume():
    yield from Squares(3)


print(list(consume()))


# iteration through __getitem__ stops only on IndexError: KeyError propagates
class Faulty:
    def __getitem__(self, i):
        if i == 2:
            raise KeyError(i)
        return i


try:
    print(list(Faulty()))
except KeyError as e:
    print(type(e).__name__, e)


# StopIteration raised by __getitem__ also ends the iteration
class Stopping:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return chr(ord("a") + i)


print(list(Stopping()), "".join(Stopping()))


# __iter__ takes precedence over __getitem__
class Both:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError
        return "getitem"

    def __iter__(self):
        yield "iter"


print(list(Both()), Both()[0])


# a sequence-like class: __len__ is not used to stop the iteration
class LiesAboutLength:
    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


print(len(LiesAboutLength()), list(LiesAboutLength()))
