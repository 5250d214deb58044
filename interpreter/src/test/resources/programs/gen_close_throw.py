# close() and throw() basics
def worker():
    try:
        while True:
            try:
                v = yield
                print("working on", v)
            except KeyError as e:
                print("recovered from KeyError", e)
                yield "recovered"
    finally:
        print("worker finally")

w = worker()
next(w)
w.send(1)
print(w.throw(KeyError("k1")))
next(w)
w.send(2)
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator is exhausted")

def unhandled():
    yield 1
    yield 2
g = unhandled()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated:", e)
print(next(g, "exhausted after throw"))

g = unhandled()
try:
    g.throw(TypeError("before start"))
except TypeError as e:
    print("thrown into fresh gen:", e)
print(list(g))

g = unhandled()
g.close()
print("close of fresh generator:", list(g))

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_after_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
g = returns_after_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
