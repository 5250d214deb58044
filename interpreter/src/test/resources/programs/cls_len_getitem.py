class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]


d = Deck("ABCDE")
print(len(d))
print(d[0], d[-1], d[2])
print(d[1:3], d[::2], d[::-1])
try:
    d[10]
except IndexError as e:
    print(type(e).__name__, e)
# iteration falls back on __getitem__ until IndexError
print(list(d))
print("C" in d, "Z" in d)
print(sorted(d, reverse=True))
print(list(reversed(d)))
for i, card in enumerate(d):
    if i > 1:
        break
    print(i, card)


# __getitem__ with a mapping-like key
class Registry:
    def __init__(self):
        self.data = {"a": 1, "b": 2}

    def __getitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        return self.data[key]

    def __len__(self):
        return len(self.data)


r = Registry()
print(r["a"], r["b"], len(r))
try:
    r["zzz"]
except KeyError as e:
    print(type(e).__name__, e)


# key inspection: ints, slices, tuples
class Probe:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return (type(key).__name__, key)


p = Probe()
print(p[1])
print(p[1:2])
print(p[:5])
print(p[::3])
print(p[1:2:3])
print(p[-1:])
print(p["key"])
print(p[1, 2])
print(p[1:2, 3])
print(p[None])


# __len__ results used by builtins
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(0)), len(Sized(7)))
print(bool(Sized(0)), bool(Sized(3)))
try:
    len(Sized(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Sized("3"))
except TypeError as e:
    print(type(e).__name__, e)
