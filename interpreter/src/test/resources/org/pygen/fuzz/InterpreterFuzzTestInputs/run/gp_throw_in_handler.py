# throw() while suspended inside an except handler: the new exception's context is the handled one
def gen():
    try:
        raise KeyError("original")
    except KeyError:
        try:
            yield "in handler"
        except ValueError as e:
            print("caught", repr(e), "context", repr(e.__context__))
            yield "recovered"
    yield "after"

g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
print(next(g))
g = gen()
next(g)
try:
    g.throw(TypeError("unhandled"))
except TypeError as e:
    print("caller:", repr(e), "context:", repr(e.__context__))
