class PrimesIter:
    def __init__(self, limit):
        self.limit = limit
        self.found = []
        self.candidate = 1

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            self.candidate += 1
            if self.candidate > self.limit:
                raise StopIteration
            if all(self.candidate % p for p in self.found):
                self.found.append(self.candidate)
                return self.candidate


def primes_gen(limit):
    found = []
    for candidate in range(2, limit + 1):
        if all(candidate % p for p in found):
            found.append(candidate)
            yield candidate


print(list(PrimesIter(50)))
print(list(primes_gen(50)))
print(list(PrimesIter(50)) == list(primes_gen(50)))


class WindowIter:
    def __init__(self, seq, size):
        self.seq = seq
        self.size = size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos + self.size > len(self.seq):
            raise StopIteration
        window = tuple(self.seq[self.pos:self.pos + self.size])
        self.pos += 1
        return window


def window_gen(seq, size):
    for pos in range(len(seq) - size + 1):
        yield tuple(seq[pos:pos + size])


data = [1, 2, 3, 4, 5]
print(list(WindowIter(data, 3)))
print(list(window_gen(data, 3)))
for size in range(0, 7):
    assert list(WindowIter(data, size)) == list(window_gen(data, size)), size
print("windows agree for all sizes")


class CollatzIter:
    def __init__(self, n):
        self.n = n
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        value = self.n
        if value == 1:
            self.done = True
        elif value % 2:
            self.n = 3 * value + 1
        else:
            self.n = value // 2
        return value


def collatz_gen(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1


print(list(CollatzIter(6)))
print(all(list(CollatzIter(n)) == list(collatz_gen(n)) for n in range(1, 60)))
print(max(range(1, 60), key=lambda n: len(list(collatz_gen(n)))))

# both stop for good after exhaustion
it = CollatzIter(2)
g = collatz_gen(2)
print(list(it), list(it), list(g), list(g))

# step by step, interleaved
it, g = PrimesIter(20), primes_gen(20)
pairs = []
for a in it:
    pairs.append((a, next(g)))
print(pairs, next(g, "gen exhausted"), next(it, "iter exhausted"))

# iterating with zip over the two implementations
print(list(zip(WindowIter("abcd", 2), window_gen("abcd", 2))))
print(type(iter(WindowIter("ab", 1))).__name__, type(iter(window_gen("ab", 1))).__name__)
