# throw(instance): the very same object is raised inside the generator
saved = []
def gen():
    try:
        yield 1
    except RuntimeError as e:
        saved.append(e)
        print("inside:", e.args)
        yield 2
    yield 3

g = gen()
print(next(g))
err = RuntimeError("the one", 7)
print(g.throw(err))
print(saved[0] is err)
print(next(g))
print(next(g, "end"))
e2 = ZeroDivisionError("divide")
g = gen()
next(g)
try:
    g.throw(e2)
except ZeroDivisionError as caught:
    print("propagated same object:", caught is e2)
print(next(g, "finished"))
