# close() at a suspension point raises GeneratorExit there: finally blocks run, inner first
def gen():
    try:
        for i in range(10):
            try:
                print("yield", i)
                yield i
                print("resumed", i)
            finally:
                print("inner finally", i)
    finally:
        print("outer finally")
    print("never printed")

g = gen()
next(g)
next(g)
print("closing")
print("close returns", g.close())
print("closing again:", g.close())
print(next(g, "exhausted"))
