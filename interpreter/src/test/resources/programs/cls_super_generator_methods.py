class Source:
    def __init__(self, n):
        self.n = n

    def items(self):
        for i in range(self.n):
            yield i

    def labelled(self, prefix):
        for i in self.items():
            yield f"{prefix}{i}"


class Doubled(Source):
    def items(self):
        for x in super().items():
            yield x * 2


class Framed(Doubled):
    def items(self):
        yield "start"
        yield from super().items()
        yield "end"

    def labelled(self, prefix):
        yield "<"
        yield from super().labelled(prefix.upper())
        yield ">"


print(list(Source(3).items()))
print(list(Doubled(3).items()))
print(list(Framed(3).items()))
print(list(Source(2).labelled("s")))
print(list(Doubled(2).labelled("d")))
print(list(Framed(2).labelled("f")))

# the generator keeps its super() binding across resumptions
g = Framed(4).items()
print(next(g), next(g))
print(list(g))


# super() in a generator method that receives values through send
class Averager:
    def run(self):
        total = 0
        count = 0
        while True:
            value = yield (total / count if count else None)
            total += value
            count += 1


class Rounded(Averager):
    def run(self):
        inner = super().run()
        value = yield next(inner)
        while True:
            avg = inner.send(value)
            value = yield round(avg, 2)


gen = Rounded().run()
print(next(gen))
print(gen.send(1))
print(gen.send(2))
print(gen.send(4))


# super() inside a generator expression inside a method
class Base:
    def scale(self, x):
        return x + 1


class Derived(Base):
    def scale(self, x):
        return x * 10

    def both(self, xs):
        return list((self.scale(x), super(Derived, self).scale(x)) for x in xs)

    def via_super(self, xs):
        base_scale = super().scale
        return [base_scale(x) for x in xs]


print(Derived().both([1, 2]))
print(Derived().via_super([1, 2]))


# a generator method returning a value collected by yield from in the subclass
class Counting:
    def produce(self):
        yield 1
        yield 2
        return "done"


class Reporting(Counting):
    def produce(self):
        result = yield from super().produce()
        yield f"parent said {result}"


print(list(Reporting().produce()))
