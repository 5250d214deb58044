# product(): Cartesian products; the inputs are read completely up front, as in CPython
from itertools import product

print(list(product("ab", [1, 2])))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], "xy", repeat=2))[:5])
print(len(list(product(range(3), repeat=4))))
print(list(product()))
print(list(product([1, 2], [])))
print(list(product([], [1, 2])))
print(list(product([1, 2], repeat=0)))
print(list(product(5, repeat=0)))

def source(name, n):
    for i in range(n):
        print("  ", name, "gives", i)
        yield i
    print("  ", name, "done")

p = product(source("a", 2), source("b", 2))
print("created: both sources were read")
print(next(p))
print(list(p))
print(next(p, "end"))

# rows are fresh tuples; the pools are snapshots
items = [1, 2]
p = product(items, repeat=2)
items.append(3)
print(list(p))

for args, kwargs in (((1,), {}), (([1],), {"repeat": -1}), (([1],), {"repeat": "2"}),
                     (([1],), {"times": 2}), (([1],), {"repeat": 1, "times": 2})):
    try:
        product(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
