# sys.exc_info() inside a generator suspended in an except handler, and in its caller
import sys

def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        print("gen before yield:", sys.exc_info()[0].__name__)
        yield 1
        print("gen after resume:", sys.exc_info()[0].__name__, sys.exc_info()[1])
        yield 2
    print("gen after handler:", sys.exc_info()[0])

g = gen()
next(g)
print("caller while gen is suspended in its handler:", sys.exc_info()[0])
try:
    raise ValueError("caller's own")
except ValueError:
    next(g)
    print("caller's handler after resuming gen:", sys.exc_info()[0].__name__)
print(list(g))
