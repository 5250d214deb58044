class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        for item in self.items:
            yield item

    def pairs(self):
        for i, a in enumerate(self.items):
            for b in self.items[i + 1:]:
                yield a, b

    def reversed_items(self):
        yield from reversed(self.items)


bag = Bag(3, 1, 2)
print(list(bag), list(bag))
print(sum(bag), max(bag), sorted(bag))
print(list(bag.pairs()))
print(list(bag.reversed_items()))
print(2 in bag, 5 in bag)
x, y, z = bag
print(x, y, z)
it = iter(bag)
print(type(it).__name__, next(it), next(it))
bag.items.append(9)
print(list(it))
print([v * 10 for v in bag])


# __iter__ written with yield from delegating to a contained list and another object
class Chain:
    def __init__(self, *parts):
        self.parts = parts

    def __iter__(self):
        for part in self.parts:
            yield from part


print(list(Chain([1, 2], Bag(3, 4), "ab", range(2))))
print(list(Chain(Chain([1]), Chain([2], [3]))))


# a generator method with state stored on the instance
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.produced = 0

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            self.produced += 1
            yield a
            a, b = b, a + b


fib = Fib(30)
print(list(fib), fib.produced)
print(list(zip(Fib(10), Fib(100))), fib.produced)


# generator methods that are infinite, limited by the caller
class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1


for n in Naturals():
    if n > 4:
        break
    print("natural", n)
print([n for n, _ in zip(Naturals(), range(3))])


# __iter__ returning an iterator of a builtin
class Wrapper:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(sorted(self.data))


print(list(Wrapper({3, 1, 2})), list(Wrapper("cab")))
print(dict.fromkeys(Wrapper("ba"), 0))
