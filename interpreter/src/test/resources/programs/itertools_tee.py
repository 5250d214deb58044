# tee(): independent iterators over one source, sharing a buffer; the source is read once
from itertools import tee, count, islice

def source(n):
    for i in range(n):
        print("  source gives", i)
        yield i
    print("  source exhausted")

a, b = tee(source(4))
print("created")
print("a:", next(a))
print("a:", next(a))
print("b:", next(b))
print("b:", list(b))
print("a:", list(a))

# one consumer far ahead of another: the source is pulled only by the leader
fast, slow = tee(count())
print(list(islice(fast, 200))[-3:])
print([next(slow) for _ in range(3)])
print(next(fast), next(slow))

print(tee([1, 2], 0))
(only,) = tee("xy", 1)
print(list(only))
t = tee(source(2), 3)
print(len(t), [list(x) for x in t])

# tee of a tee shares the same buffer; the first result is that very tee
a, b = tee(source(3))
print(next(a))
c, d = tee(a)
print(c is a, d is a)
print(list(d), list(b), list(c))

# __copy__ gives another reader at the same position
a, b = tee("hello")
next(a)
next(a)
c = a.__copy__()
print("".join(a), "".join(c), "".join(b))

# iterators built with tee are their own iterators
a, b = tee([1])
print(iter(a) is a, a.__next__(), next(b))

# the original iterator should not be used once tee'd: items taken from it are missed
it = iter([1, 2, 3, 4])
a, b = tee(it)
print(next(a))
print(next(it))
print(list(a), list(b))

# a source that calls back into its own tee
def sneaky():
    yield 1
    print("  sneaky asks the tee")
    yield next(t1)

t1, t2 = tee(sneaky())
print(next(t1))
try:
    next(t1)
except RuntimeError as e:
    print("RuntimeError:", e)
