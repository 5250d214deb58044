# lambdas: defaults, varargs, immediate calls, returning lambdas, in data structures
sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda a, b=10: a + b)(1), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print((lambda a, *rest, key=None, **kw: (a, rest, key, kw))(1, 2, 3, key="k", z=0))
print((lambda x: lambda y: x + y)(10)(5), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "pow": lambda a, b: a ** b}
print({name: f(2, 5) for name, f in ops.items()})
print(sorted(["banana", "kiwi", "apple"], key=lambda s: (len(s), s)), max([3, -7, 5], key=lambda v: abs(v)))
print(list(filter(lambda n: n % 3 == 0, range(10))), (lambda: (yield))  # a generator lambda
      .__name__)
print(sq.__name__, type(sq).__name__, (lambda: 0).__name__, callable(sq))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
adders = [lambda x, i=i: x + i for i in range(4)]
print([a(100) for a in adders])
print((lambda x, /, y: x - y)(10, y=3), (lambda *, k: k * 2)(k=4))
curry = lambda f: lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a * b)(6)(7))
pairs = [(1, "b"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[1])
print(pairs)
try:
    (lambda a: a)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)(1)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: [x for x in range(3)])(), (lambda n: sum(i for i in range(n)))(5))
y = 5
f = lambda: y
y = 6
print(f())
