class MyError(Exception):
    pass


class Pretty(Exception):
    def __str__(self):
        return f"Pretty problem with {self.args[0]!r}"


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"


cases = [
    MyError(),
    MyError("message"),
    MyError("a", "b"),
    MyError(1),
    MyError(None),
    MyError(("tuple",)),
    MyError(""),
    Pretty("value"),
    WithRepr("shown by str"),
    ValueError("builtin"),
    KeyError("key"),
    KeyError("a", "b"),
]
for exc in cases:
    print(type(exc).__name__, "| args:", exc.args, "| str:", str(exc), "| repr:", repr(exc))

# formatting exceptions in f-strings and containers
e = MyError("inside")
print(f"{e} / {e!r} / {[e]} / {(e,)}")
print("%s %r" % (e, e))
print([Pretty("x"), MyError("y")])

# str() of the caught exception is what its __str__ returns
try:
    raise Pretty("disk")
except Exception as caught:
    print(caught)
    print(type(caught).__name__, caught)
    print(caught.args)


# __str__ can use extra attributes
class Range(Exception):
    def __init__(self, value, lo, hi):
        super().__init__(value, lo, hi)
        self.value, self.lo, self.hi = value, lo, hi

    def __str__(self):
        return f"{self.value} not in [{self.lo}, {self.hi}]"


r = Range(11, 0, 10)
print(r, repr(r), r.args)
try:
    raise r
except Range as e:
    print(e is r, e)

# the name bound by `except ... as e` is deleted after the handler, even if it existed before
print("e" in globals(), "r" in globals())
# exceptions compare by identity
print(MyError("a") == MyError("a"), r == r)
