# return v: StopIteration(v) carries it in .value and .args
def gen(v):
    yield "only"
    return v

for value in (42, "text", None, (1, 2), [3], {"a": 1}):
    g = gen(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args, e.value is value)

def immediate():
    return "no yields reached"
    yield
try:
    next(immediate())
except StopIteration as e:
    print("immediate:", e.value, str(e), repr(e))
