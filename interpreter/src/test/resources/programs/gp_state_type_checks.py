# what a generator object is: its own iterator, with next/send/throw/close
def gen():
    yield 1

g = gen()
print(type(g).__name__)
print(iter(g) is g, g.__iter__() is g)
for attr in ("__next__", "send", "throw", "close", "gi_running", "gi_frame", "gi_code"):
    print(attr, hasattr(g, attr))
print(hasattr(g, "__len__"), hasattr(g, "__getitem__"))
try:
    len(g)
except TypeError as e:
    print(e)
try:
    g[0]
except TypeError as e:
    print(e)
print(callable(gen), callable(g))
print(type(gen).__name__)
print(bool(g))
