# PEP 479: a StopIteration escaping a generator body becomes RuntimeError, with it as __cause__
def gen():
    yield 1
    raise StopIteration("from body")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)
print(next(g, "finished"))

def with_value():
    raise StopIteration(123)
    yield
try:
    list(with_value())
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.value, e.__cause__.args)
