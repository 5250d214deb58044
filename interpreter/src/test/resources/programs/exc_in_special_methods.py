class InvalidSize(ValueError):
    pass


class Board:
    created = 0

    def __init__(self, size):
        if size <= 0:
            raise InvalidSize(f"size must be positive, got {size}")
        self.size = size
        Board.created += 1


boards = []
for size in [3, 0, -1, 2]:
    try:
        boards.append(Board(size))
    except InvalidSize as e:
        print(type(e).__name__, e)
print(len(boards), Board.created)


# errors raised in __next__ propagate out of for loops and builtins
class Reader:
    def __init__(self, lines):
        self.lines = lines
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.lines):
            raise StopIteration
        line = self.lines[self.pos]
        self.pos += 1
        if line.startswith("!"):
            raise SyntaxWarning(f"bad line {self.pos}: {line}")
        return line


r = Reader(["a", "b", "!c", "d"])
got = []
try:
    for line in r:
        got.append(line)
except SyntaxWarning as e:
    print(type(e).__name__, e, got)
print(list(r))
try:
    print(sum(len(x) for x in Reader(["xx", "!y"])))
except SyntaxWarning as e:
    print("through a generator expression:", e)


# errors raised in __exit__
class Closer:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if self.fail:
            raise OSError("close failed")
        return False


try:
    with Closer(True):
        print("body ran")
except OSError as e:
    print(type(e).__name__, e, e.__context__)
try:
    with Closer(True):
        raise KeyError("body error")
except OSError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))


# errors raised in __getitem__, __len__, __eq__, __hash__, __repr__, __bool__
class Touchy:
    def __getitem__(self, i):
        raise LookupError(f"no item {i}")

    def __len__(self):
        raise ArithmeticError("len failed")

    def __eq__(self, other):
        raise RuntimeError("eq failed")

    def __hash__(self):
        raise ValueError("hash failed")

    def __repr__(self):
        raise NotImplementedError("repr failed")

    def __bool__(self):
        raise TypeError("bool failed")


t = Touchy()
for label, action in [
    ("getitem", lambda: t[1]),
    ("len", lambda: len(t)),
    ("eq", lambda: t == 1),
    ("in list", lambda: t in [1, 2]),
    ("hash", lambda: {t: 1}),
    ("repr", lambda: repr([t])),
    ("bool", lambda: not t),
    ("iter", lambda: [x for x in t]),
]:
    try:
        action()
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# an error in __init__ of a subclass after super().__init__ ran
class Base:
    log = []

    def __init__(self):
        Base.log.append("base init")


class Derived(Base):
    def __init__(self, ok):
        super().__init__()
        if not ok:
            raise RuntimeError("derived init failed")


try:
    Derived(False)
except RuntimeError as e:
    print(e, Base.log)
