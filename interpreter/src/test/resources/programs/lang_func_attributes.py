def f(a, b=[1], *, c=2):
    """Docstring of f."""
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.counter = 0
f.counter += 1
print(f.counter, hasattr(f, "counter"), getattr(f, "missing", "dflt"))
f.__name__ = "renamed"
print(f.__name__)
def wrapper_factory(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper
sq = wrapper_factory(lambda x: x * x)
print(sq(3), sq(4), sq.calls, sq.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__qualname__)
del f.counter
print(hasattr(f, "counter"))
