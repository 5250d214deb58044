# an exception raised in a finally block during close() comes out of close()
def gen():
    try:
        yield 1
    finally:
        print("cleanup starts")
        raise KeyError("cleanup failed")

g = gen()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
    print("context:", type(e.__context__).__name__)
print(g.close())

def nested():
    try:
        try:
            yield "inner"
        finally:
            print("first finally")
            1 / 0
    finally:
        print("second finally still runs")

g = nested()
next(g)
try:
    g.close()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "done"))
