def g():
    a, (b, c[(yield "idx")]) = (yield "val")
    print(a, b, c)
    x = {}
    x["k"] = y = (yield "multi")
    print(x, y)
    @(yield "deco")
    def h():
        return 1
    print(h)
c = [0, 0]
gen = g()
print(next(gen))
print(gen.send((1, (2, 3))))
print(gen.send(1))
try:
    print(gen.send("m"))
    gen.send(lambda f: "decorated " + f.__name__)
except StopIteration:
    print("done")
