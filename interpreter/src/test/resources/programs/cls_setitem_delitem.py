class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
        self.log = []

    def __getitem__(self, pos):
        x, y = pos
        self._check(x, y)
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, value):
        x, y = pos
        self._check(x, y)
        self.log.append(("set", pos, value))
        self.cells[pos] = value

    def __delitem__(self, pos):
        self.log.append(("del", pos))
        del self.cells[pos]

    def _check(self, x, y):
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"position {x},{y} outside {self.w}x{self.h}")

    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "+"
print(g.render())
print(g[3, 2], g[2, 2])
g[1, 1] += "+"
print(g[1, 1])
del g[0, 0]
print(g.render())
try:
    g[5, 5] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[2, 2]
except KeyError as e:
    print(type(e).__name__, e)
print(g.log)


# slice assignment and deletion reach the methods with slice objects
class Recorder:
    def __init__(self):
        self.data = list(range(8))

    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

    def __getitem__(self, key):
        return self.data[key]


r = Recorder()
r[1:3] = ["a", "b", "c"]
print(r.data)
del r[::2]
print(r.data)
r[-1] = "last"
del r[0]
print(r.data)


# a dict-like class with a default and a counting update
class Counter:
    def __init__(self):
        self.counts = {}

    def __getitem__(self, key):
        return self.counts.get(key, 0)

    def __setitem__(self, key, value):
        if value == 0:
            self.counts.pop(key, None)
        else:
            self.counts[key] = value

    def __len__(self):
        return len(self.counts)


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c.counts, len(c))
c["s"] = 0
print(c.counts, c["s"], c["zz"], len(c))


# chained assignment and augmented assignment on nested subscripts
class Box:
    def __init__(self):
        self.store = {}

    def __setitem__(self, k, v):
        self.store[k] = v

    def __getitem__(self, k):
        return self.store[k]


b1, b2 = Box(), Box()
b1["x"] = b2["y"] = [1]
b1["x"] += [2]
print(b1.store, b2.store, b1["x"] is b2["y"])
