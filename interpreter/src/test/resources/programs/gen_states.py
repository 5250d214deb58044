def gen():
    yield 1
g = gen()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(g.__next__())
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)
print(next(me, "exhausted"))
