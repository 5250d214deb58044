class NotFoundError(KeyError, AttributeError):
    pass


class ConversionError(ValueError, TypeError):
    def __init__(self, value, target):
        super().__init__(f"cannot convert {value!r} to {target}")
        self.value = value
        self.target = target


print([c.__name__ for c in NotFoundError.__mro__])
print([c.__name__ for c in ConversionError.__mro__])


def find(key):
    raise NotFoundError(key)


for handler in (KeyError, AttributeError, LookupError):
    try:
        find("x")
    except handler as e:
        print(f"caught by {handler.__name__}:", type(e).__name__, e)

# str() comes from the first base: KeyError quotes its single argument
print(str(NotFoundError("k")), repr(NotFoundError("k")))

# getattr's default catches AttributeError subclasses raised by __getattr__
class Config:
    def __getattr__(self, name):
        raise NotFoundError(name)


print(getattr(Config(), "missing", "default"), hasattr(Config(), "missing"))
try:
    Config()["x"]
except TypeError as e:
    print(type(e).__name__, e)


def convert(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        raise ConversionError(value, "int") from None


for value in ["12", "x", None]:
    try:
        print(convert(value))
    except TypeError as e:
        print("as TypeError:", e, e.value, e.target)

try:
    convert([1])
except ValueError as e:
    print("as ValueError:", e, isinstance(e, TypeError))


# a mixin class alongside an exception base
class Coded:
    code = 0

    def describe(self):
        return f"[{self.code}] {self}"


class DiskFull(Coded, OSError):
    code = 28


try:
    raise DiskFull("no space left")
except OSError as e:
    print(e.describe(), e.args, [c.__name__ for c in DiskFull.__mro__])


# combining two unrelated builtin exception hierarchies
class Weird(IndexError, ZeroDivisionError):
    pass


for handler in (LookupError, ArithmeticError):
    try:
        raise Weird("weird")
    except handler as e:
        print(handler.__name__, "caught", repr(e))
