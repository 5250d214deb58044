# next() on instances whose class (or a base) gains, changes or loses __next__ between calls
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
it = It()
print(next(it))
It.__next__ = lambda self: "patched"
print(next(it), next(it))
class Base:
    def __next__(self): return "base"
class Sub(Base): pass
s = Sub()
print(next(s))
Base.__next__ = lambda self: "base2"
print(next(s))
Sub.__next__ = lambda self: "sub"
print(next(s))
del Sub.__next__
print(next(s))
del Base.__next__
try:
    next(s)
except TypeError as e:
    print(e)
