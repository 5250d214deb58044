class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __iter__(self):
        for row in self.rows:
            yield tuple(row)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch for {op}: {self.shape} vs {other.shape}")

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other, "+")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other, "-")
        return self + (-other)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in row] for row in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a), a.shape)
print(a + b)
print(a - b)
print(a @ b)
print(b @ a)
print(2 * a == a * 2, a * 2)
print(-a)
print(a.T, a.transpose() == a.T, sep="\n")
print(a @ Matrix.identity(2) == a)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 50)[0, 1])
m = Matrix.zeros(2, 3)
m[1, 2] = 7
m[0, 0] = -1
print(m)
print(m.shape, m.T.shape, list(m))
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
print(Matrix([[1.5, 2]]) * 2)
for bad in (lambda: a + m, lambda: m @ a, lambda: Matrix([[1], [1, 2]]), lambda: Matrix([])):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 2
except TypeError as e:
    print(type(e).__name__, e)
