class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def describe(self, label="point"):
        return f"{label} at ({self.x}, {self.y})"


p = Point(3, 4)
print(p.x, p.y)
print(p.norm2())
q = p.moved(1)
print(q.x, q.y)
r = p.moved(dy=5, dx=-3)
print(r.x, r.y)
print(p.describe())
print(p.describe("origin-ish"))
print(Point.describe(p, label="via class"))
print(Point(0, 0).norm2())

# attributes added after construction
p.z = 10
print(p.z)
p.x += 7
print(p.x, p.norm2())

# methods stored and called later
m = p.norm2
print(m())
p.y = 0
print(m())
f = Point.norm2
print(f(Point(1, 1)))
print(callable(m), callable(p), callable(Point))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e) is Empty)


class NoInit:
    def hello(self):
        return "hello from NoInit"


print(NoInit().hello())


class Counter:
    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step

    def tick(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self


c = Counter(10, step=5)
print(c.tick().tick(3).value)
print(Counter().tick(4).value)
print(Counter(step=-2).tick(2).value)


class Args:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def total(self, *extra):
        return sum(self.args) + sum(extra)


a = Args(1, 2, 3, name="x", k=2)
print(a.args, a.kwargs)
print(a.total(), a.total(10, 20))
print(Args().args, Args().kwargs)


class Returner:
    def __init__(self):
        self.log = []
        return None

    def method_without_return(self):
        self.log.append("called")


r = Returner()
print(r.method_without_return())
print(r.log)
