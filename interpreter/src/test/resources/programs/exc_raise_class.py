class Halt(Exception):
    pass


class Configured(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)


# raising the class instantiates it with no arguments
try:
    raise Halt
except Halt as e:
    print(type(e).__name__, repr(e), e.args, isinstance(e, Halt))

try:
    raise Configured
except Configured as e:
    print(repr(e), e)

# a class whose __init__ needs arguments cannot be raised bare
try:
    raise NeedsArgs
except TypeError as e:
    print(type(e).__name__, e)

# raising something that is not an exception
for bad in ["text", 42, None, object]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)


class NotAnException:
    pass


try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)


# the raised class can be chosen at runtime
def fail_with(cls, *args):
    raise cls(*args) if args else cls


for cls, args in [(Halt, ()), (Halt, ("with arg",)), (Configured, ()), (KeyError, ("k",))]:
    try:
        fail_with(cls, *args)
    except Exception as e:
        print(type(e).__name__, repr(e))


# except clauses receive the instance even when a class was raised
def gen():
    yield 1
    raise Halt


try:
    list(gen())
except Halt as e:
    print("from generator:", type(e).__name__, e.args)

# a class raised from a class
try:
    raise Halt from Configured
except Halt as e:
    print(repr(e), repr(e.__cause__))
