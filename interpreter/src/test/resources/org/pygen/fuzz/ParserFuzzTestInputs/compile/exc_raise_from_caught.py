class LoadError(Exception):
    pass


class ParseError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e


def load(text):
    try:
        return parse(text)
    except ParseError as e:
        raise LoadError("load failed") from e


try:
    load("x1")
except LoadError as e:
    print(type(e).__name__, e)
    print(" cause:", type(e.__cause__).__name__, e.__cause__)
    print(" cause of cause:", type(e.__cause__.__cause__).__name__, e.__cause__.__cause__)
    print(" context is cause:", e.__context__ is e.__cause__)
    print(" suppress context:", e.__suppress_context__)


# from None suppresses the context display but keeps __context__
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LoadError(f"no key {k}") from None


try:
    lookup({}, "a")
except LoadError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


# implicit chaining: __context__ set, __cause__ None
try:
    try:
        raise ParseError("inner")
    except ParseError:
        raise LoadError("outer")
except LoadError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)


# raise ... from with a class as the cause: it is instantiated
try:
    raise LoadError("with class cause") from ParseError
except LoadError as e:
    print(repr(e.__cause__))


# from an exception object created outside any handler
cause = ParseError("made earlier")
try:
    raise LoadError("explicit") from cause
except LoadError as e:
    print(e.__cause__ is cause, e.__context__)


# an invalid cause
try:
    raise LoadError("bad") from 42
except TypeError as e:
    print(type(e).__name__, e)


# __cause__ can be set by hand
e = LoadError("manual")
e.__cause__ = ParseError("set by hand")
print(e.__cause__, e.__suppress_context__)


# no chaining when there is no exception being handled
try:
    raise LoadError("alone")
except LoadError as e:
    print(e.__context__, e.__cause__)
