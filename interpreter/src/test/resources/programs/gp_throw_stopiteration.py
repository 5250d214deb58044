# StopIteration thrown into a generator and not caught there becomes RuntimeError (PEP 479)
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)
except StopIteration:
    print("StopIteration leaked")
print(next(g, "finished"))

def catcher():
    try:
        yield 1
    except StopIteration as e:
        print("caught StopIteration inside with value", e.value)
        yield 2

g = catcher()
next(g)
print(g.throw(StopIteration(99)))
