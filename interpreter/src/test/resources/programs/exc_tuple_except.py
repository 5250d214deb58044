class ParseError(Exception):
    pass


class RangeError(ValueError):
    pass


def convert(text):
    if not text:
        raise ParseError("empty input")
    n = int(text)
    if n > 100:
        raise RangeError(f"{n} > 100")
    return 100 // n


for text in ["5", "", "abc", "500", "0", "20"]:
    try:
        print(text, "->", convert(text))
    except (ParseError, RangeError) as e:
        print(text, "-> custom", type(e).__name__, e)
    except (ValueError, ZeroDivisionError) as e:
        print(text, "-> builtin", type(e).__name__, e)

# a subclass of a builtin in the tuple and a builtin that is its base
try:
    raise RangeError("x")
except (KeyError, ValueError) as e:
    print("ValueError in the tuple catches", type(e).__name__)

# the tuple may be stored in a variable
group = (KeyError, ParseError, IndexError)
for exc in [ParseError("p"), IndexError("i"), TypeError("t")]:
    try:
        try:
            raise exc
        except group as e:
            print("group caught", type(e).__name__, e)
    except TypeError as e:
        print("outside caught", type(e).__name__, e)

# but nested tuples are rejected when the clause is checked
nested = (KeyError, (ParseError,))
try:
    try:
        raise KeyError("k")
    except nested:
        print("not reached")
except TypeError as e:
    print("nested:", type(e).__name__, e)

# catching with an empty tuple catches nothing
try:
    try:
        raise ParseError("nothing catches me")
    except ():
        print("not here")
except ParseError as e:
    print("empty tuple let through:", e)

# a non-exception in the except clause is a TypeError when checked
try:
    try:
        raise ParseError("x")
    except (ParseError.__name__, ParseError):
        print("not reached")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ParseError("x")
    except ParseError:
        print("first clause matches: the bad second clause is never evaluated")
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
