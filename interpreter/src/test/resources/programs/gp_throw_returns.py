# a thrown exception that the generator handles by returning: throw() raises StopIteration(value)
def gen():
    total = 0
    while True:
        try:
            total += yield total
        except OverflowError:
            print("stop requested")
            return total
        except ArithmeticError as e:
            print("reset because", e)
            total = 0

g = gen()
next(g)
print(g.send(5))
print(g.send(10))
print(g.throw(ZeroDivisionError("oops")))
print(g.send(3))
try:
    g.throw(OverflowError)
except StopIteration as e:
    print("returned", e.value)
print(next(g, "finished"))
