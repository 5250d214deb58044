# __name__, __qualname__ and repr of generators, including nested and renamed ones
def top():
    yield

def outer():
    def inner():
        yield
    return inner()

g = top()
print(g.__name__, g.__qualname__)
print(repr(g).split(" at ")[0])
h = outer()
print(h.__name__, h.__qualname__)
print(repr(h).split(" at ")[0])
print(str(h).split(" at ")[0])
g.__name__ = "renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
print(top().__name__)
lam = (lambda: (yield))()
print(lam.__name__, lam.__qualname__)
print(type(g).__name__, type(g) is type(h))
