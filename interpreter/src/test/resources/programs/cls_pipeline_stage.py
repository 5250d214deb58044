class Stage:
    def __init__(self, name):
        self.name = name
        self.seen = 0
        self.source = None

    def __or__(self, other):
        other.source = self
        return other

    def process(self, items):
        for item in items:
            self.seen += 1
            yield item

    def __iter__(self):
        upstream = iter(self.source) if self.source is not None else iter(())
        return self.process(upstream)


class Source(Stage):
    def __init__(self, data):
        super().__init__("source")
        self.data = data

    def __iter__(self):
        for item in self.data:
            self.seen += 1
            yield item


class Map(Stage):
    def __init__(self, func):
        super().__init__("map")
        self.func = func

    def process(self, items):
        for item in super().process(items):
            yield self.func(item)


class Filter(Stage):
    def __init__(self, pred):
        super().__init__("filter")
        self.pred = pred

    def process(self, items):
        for item in super().process(items):
            if self.pred(item):
                yield item


class Take(Stage):
    def __init__(self, n):
        super().__init__("take")
        self.n = n

    def process(self, items):
        if self.n <= 0:
            return
        for item in super().process(items):
            yield item
            if self.seen >= self.n:
                return


class Batch(Stage):
    def __init__(self, size):
        super().__init__("batch")
        self.size = size

    def process(self, items):
        batch = []
        for item in super().process(items):
            batch.append(item)
            if len(batch) == self.size:
                yield batch
                batch = []
        if batch:
            yield batch


src = Source(range(1, 1000))
sq = Map(lambda x: x * x)
ev = Filter(lambda x: x % 2 == 0)
tk = Take(4)
pipeline = src | sq | ev | tk
print(list(pipeline))
print([(s.name, s.seen) for s in (src, sq, ev, tk)])

# the same pipeline objects can be iterated again; counters accumulate
print(list(pipeline))
print([(s.name, s.seen) for s in (src, sq, ev, tk)])

words = Source("the quick brown fox jumps over the lazy dog".split())
chain = words | Map(str.upper) | Filter(lambda w: len(w) > 3) | Batch(2)
for batch in chain:
    print(batch)


# a stage whose process is a coroutine receiving values via send
class Collector:
    def __init__(self):
        self.items = []

    def sink(self):
        while True:
            item = yield
            if item is None:
                break
            self.items.append(item)
        yield len(self.items)


class Sender:
    def __init__(self, target):
        self.target = target

    def push_all(self, values):
        gen = self.target.sink()
        next(gen)
        for v in values:
            gen.send(v)
        return gen.send(None)


c = Collector()
print(Sender(c).push_all(["a", "b", "c"]), c.items)


# laziness is preserved: nothing runs until iteration starts
class Loud(Stage):
    def process(self, items):
        print("  Loud starts")
        yield from super().process(items)


lazy = Source([1, 2]) | Loud("loud")
print("built")
it = iter(lazy)
print("iterator created")
print(next(it))
