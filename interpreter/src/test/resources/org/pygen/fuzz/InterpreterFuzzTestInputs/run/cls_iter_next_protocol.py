class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print("for:", n)
print(list(Countdown(4)))
print(sum(Countdown(5)))
print(list(zip(Countdown(3), "abcd")))
print(sorted(Countdown(4)))
print(max(Countdown(6)), min(Countdown(6)))
print(tuple(Countdown(2)), set(Countdown(3)) == {1, 2, 3})
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
print(3 in Countdown(5), 9 in Countdown(5))
print(list(enumerate(Countdown(2))))
print(dict(zip("xyz", Countdown(3))))
print(list(map(lambda v: v * v, Countdown(3))))
print(list(filter(lambda v: v % 2, Countdown(5))))
print(any(v > 4 for v in Countdown(5)), all(v > 1 for v in Countdown(5)))
print("-".join(str(v) for v in Countdown(4)))
print([*Countdown(2), *Countdown(3)])


def delegate():
    yield "begin"
    yield from Countdown(2)
    yield "end"


print(list(delegate()))

# next() with a default, and the iterator is exhausted afterwards
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(it))
it = Countdown(3)
print(iter(it) is it)
for v in it:
    if v == 2:
        break
print(list(it))


# a separate iterable and iterator: iterable can be walked many times
class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iterator(self.n)


class Range2Iterator:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2


r = Range2(3)
print(list(r), list(r), sum(r))
print([(x, y) for x in r for y in r if x < y])


# __next__ returning values passed through StopIteration is ignored by for
class WithValue:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("ignored value")
        self.done = True
        return "only"


print(list(WithValue()))


def grab():
    result = yield from WithValue()
    yield f"result={result}"


print(list(grab()))
