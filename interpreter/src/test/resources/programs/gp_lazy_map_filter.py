# map with several iterables and filter (with a function and with None) are lazy
def src(name, items):
    for x in items:
        print("  ", name, "gives", repr(x))
        yield x

def add(a, b):
    print("   add", a, b)
    return a + b

m = map(add, src("L", [1, 2, 3]), src("R", [10, 20]))
print("map created")
print(next(m))
print(list(m))
f = filter(None, src("F", [0, 1, "", "x", None, [], [0], False, 2.5]))
print("filter created")
print(list(f))
evens = filter(lambda v: v % 2 == 0, src("E", range(5)))
print(next(evens), next(evens))
print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2], [5, 5])))
