# send(v) resumes the generator, v becomes the value of the yield expression, and returns the next yield
def gen():
    print("started")
    a = yield "first"
    print("a =", a)
    b = yield "second"
    print("b =", b)
    c = yield a + b
    print("c =", c)

g = gen()
print("created")
print("send(None) ->", g.send(None))
print("send(1) ->", g.send(1))
print("send(2) ->", g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print("StopIteration", e.value)
