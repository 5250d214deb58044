# return inside try with a finally that yields: the finally runs (and yields) before StopIteration
def gen():
    try:
        yield "body"
        return "from try"
    finally:
        print("finally before the return completes")
        yield "from finally"
        print("finally done")

g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def overrides():
    try:
        yield 1
        return "try value"
    finally:
        return "finally value"

g = overrides()
next(g)
try:
    next(g)
except StopIteration as e:
    print("overridden:", e.value)

def swallow_close():
    try:
        yield 1
    finally:
        return "swallowed"

g = swallow_close()
next(g)
print("close:", g.close(), g.gi_frame is None)
