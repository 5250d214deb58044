# iter(callable, sentinel) calls until the sentinel appears, lazily
data = [5, 3, 8, 0, 9]
def take():
    v = data.pop(0)
    print("  take ->", v)
    return v

it = iter(take, 0)
print("iterator created", type(it).__name__)
print(next(it))
print(list(it))
print("left:", data)
print(next(it, "stays exhausted"))

def gen():
    yield from ["a", "b", "STOP", "c"]
g = gen()
print(list(iter(g.__next__, "STOP")), next(g))
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print(list(iter(bump, 4)))
data = [0, 2, 1]
for v in iter(lambda: data.pop(), 0):
    print("popped", v)
