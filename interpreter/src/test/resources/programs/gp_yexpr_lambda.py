# lambdas containing yield are generator functions too
gen_fn = lambda n: (yield n)
g = gen_fn(5)
print(type(g).__name__)
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

doubler = lambda: (yield 1) + (yield 2)
g = doubler()
print(next(g), g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("sum", e.value)

echo = lambda: (yield from range(3))
print(list(echo()))
print(g.__name__, gen_fn(0).__name__)
