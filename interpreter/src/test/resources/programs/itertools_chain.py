# chain() and chain.from_iterable(): lazy over the items and over the iterables themselves
import itertools
from itertools import chain, count, islice

def gen(name, n):
    print("  start", name)
    for i in range(n):
        print("  ", name, "gives", i)
        yield f"{name}{i}"
    print("  end", name)

c = chain(gen("a", 2), [], gen("b", 1), "xy")
print("created")
for v in c:
    print(v)
print(list(c))

print(list(chain()))
print(list(chain("ab", (1, 2), range(3), {"k": 1})))

def iterables():
    n = 0
    while True:
        print("  making iterable", n)
        yield range(n)
        n += 1

c = chain.from_iterable(iterables())
print("from_iterable created")
print(list(islice(c, 7)))

# an infinite iterable inside the chain
print(list(islice(chain([-2, -1], count()), 6)))

# a non-iterable is only found when the chain reaches it, and ends the chain
c = chain([1, 2], 3, [4])
print(next(c), next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))

c = chain.from_iterable(["ab", 5, "cd"])
print(next(c), next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))

# an error inside one iterable leaves the chain where it was
def failing():
    yield 1
    raise ValueError("inner failure")

c = chain(failing(), [2, 3])
print(next(c))
try:
    next(c)
except ValueError as e:
    print("ValueError:", e)
print(list(c))

print(repr(chain.from_iterable).startswith("<built-in method from_iterable of type object at "), type(chain.from_iterable([])) is chain)
print(list(itertools.chain.from_iterable([[1], (2, 3), "45"])))
