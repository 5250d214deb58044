class Vector:
    def __init__(self, *components):
        if not components:
            raise TypeError("Vector needs at least one component")
        self._c = tuple(components)

    @classmethod
    def zero(cls, n):
        return cls(*([0] * n))

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __getattr__(self, name):
        axes = "xyzw"
        if len(name) == 1 and name in axes:
            i = axes.index(name)
            if i < len(self._c):
                return self._c[i]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        return f"Vector{self._c}" if len(self._c) != 1 else f"Vector({self._c[0]})"

    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self._c) + ">"

    def __format__(self, spec):
        return "<" + ", ".join(format(c, spec) for c in self._c) + ">"

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __bool__(self):
        return any(self._c)

    def _zip(self, other):
        if not isinstance(other, Vector):
            return None
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return zip(self._c, other._c)

    def __add__(self, other):
        pairs = self._zip(other)
        if pairs is None:
            return NotImplemented
        return Vector(*(a + b for a, b in pairs))

    def __sub__(self, other):
        pairs = self._zip(other)
        if pairs is None:
            return NotImplemented
        return Vector(*(a - b for a, b in pairs))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in self._zip(k))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self._c))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(*(a / k for a in self._c))

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self._c) ** 0.5

    def __lt__(self, other):
        return abs(self) < abs(other)

    def normalized(self):
        length = abs(self)
        if length == 0:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / length


v = Vector(3, 4)
w = Vector(1, -2)
print(v, repr(v), len(v), abs(v))
print(v + w, v - w, v * 2, 2 * v, v * w, -w, v / 2)
print(v.x, v.y, v[0], v[-1], v[:1], list(v))
print(f"{Vector(1.5, 2.25):.2f}", f"{v}", str(Vector(0.1, 1e20)))
print(v == Vector(3, 4), v != w, v == (3, 4), {v: "v"}[Vector(3, 4)])
print(bool(Vector.zero(3)), bool(w), Vector.zero(2))
print(sorted([v, w, Vector(0, 1), Vector(10, 0)]))
print(max([v, w], key=abs), min(v, w))
print(v.normalized(), abs(v.normalized()))
print(sum([v, w, Vector(1, 1)], Vector.zero(2)))
x, y = v
print(x, y, Vector(7))
p = Vector(1, 2, 3)
print(p.z, p[1:], p * p)

acc = Vector(0, 0)
for step in [Vector(1, 0), Vector(0, 1), Vector(-2, 5)]:
    acc += step
print(acc)
acc *= 3
print(acc)

for action in [
    lambda: v + p,
    lambda: v.z,
    lambda: v + 1,
    lambda: v / v,
    lambda: Vector.zero(2).normalized(),
    lambda: Vector(),
]:
    try:
        action()
    except (ValueError, AttributeError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
