# throw(ExcClass): the class is instantiated with no arguments and raised at the yield
def gen():
    for i in range(3):
        try:
            print("yielding", i)
            yield i
        except KeyError as e:
            print("caught", type(e).__name__, e.args, repr(e))
            yield "after-" + str(i)
    print("loop over")

g = gen()
print(next(g))
print(g.throw(KeyError))
print(next(g))
print(g.throw(KeyError))
print(next(g))
print(next(g, "done"))
