# the return value is delivered once; afterwards StopIteration has value None
def gen():
    yield 1
    return "once"

g = gen()
next(g)
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print(attempt, repr(e.value))
try:
    g.send(None)
except StopIteration as e:
    print("send:", repr(e.value))
print(list(g), next(g, "default"))
def direct():
    return "first"
    yield
g = direct()
for attempt in range(2):
    try:
        g.send(None)
    except StopIteration as e:
        print("direct", attempt, repr(e.value))
