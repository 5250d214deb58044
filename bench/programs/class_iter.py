# Class-based iterators: __iter__ and __next__ written by hand.
N = 4000000


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Squares:
    def __init__(self, source):
        self.source = source

    def __iter__(self):
        return self

    def __next__(self):
        v = next(self.source)
        return v * v % 1000003


total = 0
count = 0
for v in Squares(iter(Countdown(N))):
    total = (total + v) % 1000000007
    count += 1
print("class_iter", count, total)
