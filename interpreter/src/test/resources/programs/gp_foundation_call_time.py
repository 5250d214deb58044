# calling a generator function binds arguments at once (errors at call time) but runs no body code
def gen(a, b=10, *rest, key="k", **extra):
    print("body runs with", a, b, rest, key, extra)
    yield a + b

try:
    gen()
except TypeError as e:
    print("at call:", e)
try:
    gen(1, 2, 3, b=4)
except TypeError as e:
    print("at call:", e)
print(next(gen(1, nope=2, key=3, key2=4)))
g = gen(1, 2, 3, 4, key="K", x=5)
print("created")
print(next(g))
def defaults_evaluated(x=print("default evaluated at def time") or 7):
    yield x
print("after def")
print(list(defaults_evaluated()), list(defaults_evaluated(8)))
def arg(v):
    print("argument", v, "evaluated")
    return v
g = gen(arg(1), b=arg(2))
print("generator object made, arguments already evaluated")
print(list(g))
