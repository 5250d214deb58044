# StopIteration with value; exhausted generators stay exhausted
def gen():
    yield 1
    return "the value"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print("attempt", attempt, "value:", e.value)
print(list(g), next(g, "dflt"))

def plain():
    yield 1
g = plain()
next(g)
try:
    next(g)
except StopIteration as e:
    print("no return value ->", e.value, e.args)

def empty():
    return 5
    yield
g = empty()
try:
    next(g)
except StopIteration as e:
    print("empty ->", e.value)
print(list(empty()))

g = gen()
print(list(g), list(g))
try:
    g.send(None)
except StopIteration as e:
    print("send on exhausted ->", e.value)

it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("list iterator", repr(e.value))

def raising_inside():
    yield 1
    next(iter([]))
try:
    list(raising_inside())
except RuntimeError as e:
    print("RuntimeError:", e)

def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(catches()))
