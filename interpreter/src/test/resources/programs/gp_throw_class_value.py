# throw(ExcClass, value): the value becomes the exception's argument
def gen():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("ValueError args:", e.args, "str:", str(e))
        except LookupError as e:
            print(type(e).__name__, "args:", e.args)

g = gen()
print(next(g))
print(g.throw(ValueError, "bad value"))
print(g.throw(ValueError, 42))
print(g.throw(KeyError, "missing"))
print(g.throw(IndexError, ("a", "b")))
print(g.throw(ValueError, None))
g.close()
print("closed")
