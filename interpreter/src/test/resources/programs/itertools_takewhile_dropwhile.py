# takewhile() and dropwhile() over finite and infinite inputs; the predicate's calls show laziness
from itertools import takewhile, dropwhile, count, islice

def small(x):
    print("  small?", x)
    return x < 3

def source(n):
    for i in range(n):
        print("  pull", i)
        yield i

t = takewhile(small, source(10))
print("created")
print(list(t))
print(list(t))

# takewhile over an infinite count stops at the first failure
print(list(takewhile(lambda x: x * x < 50, count())))

# the first failing item is consumed and lost
it = iter([1, 2, 5, 3, 1])
print(list(takewhile(lambda x: x < 4, it)), list(it))

d = dropwhile(small, source(6))
print("created")
print(next(d))
print(list(d))

# once the predicate fails it is never called again
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 2, 5])))
print(list(islice(dropwhile(lambda x: x < 1000, count()), 3)))
print(list(takewhile(bool, [])), list(dropwhile(bool, [])))
print(list(dropwhile(lambda x: True, range(5))))

# errors in the predicate propagate; takewhile is not stopped by them
def picky(x):
    if x == 2:
        raise ValueError("two")
    return True

t = takewhile(picky, [1, 2, 3])
print(next(t))
try:
    next(t)
except ValueError as e:
    print("ValueError:", e)
print(list(t))
