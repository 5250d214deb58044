class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False


with Tag("html") as h:
    print("  got", h)
    with Tag("body"), Tag("p") as p:
        print("    text in", p)

# exit arguments for a normal exit
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  exit:", exc_type, exc, tb is None)
        return None


with Inspect() as i:
    print("  inside", type(i).__name__)

# exit arguments for an exception; returning a false value re-raises
try:
    with Inspect():
        raise ValueError("boom")
except ValueError as e:
    print("caught outside:", e)

try:
    with Inspect():
        {}["missing"]
except KeyError as e:
    print("caught outside:", repr(e))


# __exit__ runs for break, continue and return
class Note:
    def __init__(self, label, log):
        self.label = label
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.label)

    def __exit__(self, *exc):
        self.log.append("exit " + self.label)


log = []
for i in range(3):
    with Note(str(i), log):
        if i == 0:
            continue
        if i == 1:
            break
print(log)


def early(log):
    with Note("fn", log):
        return "returned"


log = []
print(early(log), log)

# __enter__ return value is bound (None when it returns nothing)
with Note("x", []) as value:
    print("as value:", value)


# the target can be any assignment target
class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        pass


holder = {}
with Pair() as (a, b):
    print(a, b)
with Pair() as holder["k"]:
    pass
print(holder)


# a context manager with a generator method for the body
class Resource:
    def __init__(self, items):
        self.items = items
        self.open = False

    def __enter__(self):
        self.open = True
        return self

    def __exit__(self, *exc):
        self.open = False

    def read(self):
        for item in self.items:
            if not self.open:
                raise RuntimeError("resource closed")
            yield item


with Resource([1, 2, 3]) as res:
    gen = res.read()
    print(next(gen))
try:
    next(gen)
except RuntimeError as e:
    print(type(e).__name__, e)

# an exception in __enter__ skips the body and __exit__
class FailEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *exc):
        print("never printed")


try:
    with FailEnter():
        print("never printed either")
except OSError as e:
    print(type(e).__name__, e)

# objects without the protocol
try:
    with 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
