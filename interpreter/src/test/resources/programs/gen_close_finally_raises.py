# An exception raised by a finally block while a generator is being closed (close, throw,
# yield from, a for loop that breaks); the last close is not caught: its traceback shows
# GeneratorExit as the context
def g():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("from finally")

it = g()
print(next(it))
try:
    it.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)
print(it.gi_frame, next(it, "exhausted"))

# a finally that yields again: RuntimeError('generator ignored GeneratorExit')
def stubborn():
    try:
        yield 1
    finally:
        yield "again"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw() into a generator whose finally raises
def h():
    try:
        yield 1
    finally:
        raise KeyError("k")
t = h()
next(t)
try:
    t.throw(TypeError("thrown"))
except KeyError as e:
    print("throw raised", repr(e), repr(e.__context__))

# nested: the outer generator's finally runs after the inner one's failed
def inner():
    try:
        yield "i"
    finally:
        raise ZeroDivisionError("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally runs")
o = outer()
next(o)
try:
    o.close()
except ZeroDivisionError as e:
    print("outer close raised", e)

# closing inside a for loop that breaks: CPython closes the generator at once
def loud():
    try:
        yield 1
        yield 2
    finally:
        print("loud finally")
for x in loud():
    break
print("after break")

# the interpreter goes on as usual
print(sum(x for x in range(10)))
it = g()
next(it)
it.close()
