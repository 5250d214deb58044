class CorruptRecord(Exception):
    pass


class Records:
    def __init__(self, raw):
        self.raw = raw
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.raw):
            raise StopIteration
        item = self.raw[self.i]
        self.i += 1
        if ":" not in item:
            raise CorruptRecord(f"record {self.i} has no separator: {item!r}")
        key, value = item.split(":")
        return key, value


print(dict(Records(["a:1", "b:2"])))
for key, value in Records(["x:1", "y:2", "broken", "z:3"]):
    print(key, value)
