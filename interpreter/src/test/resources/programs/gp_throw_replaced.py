# the generator translates a thrown exception into another one; __context__ links them
def gen():
    try:
        yield 1
    except KeyError as e:
        print("translating", repr(e))
        raise ValueError("translated")

g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    print("got", repr(e))
    print("context", repr(e.__context__))
    print("cause", e.__cause__)

def gen2():
    try:
        yield 1
    except KeyError as e:
        raise LookupError("explicit") from e

g = gen2()
next(g)
try:
    g.throw(KeyError, "k2")
except LookupError as e:
    print("got", repr(e), "cause", repr(e.__cause__))
