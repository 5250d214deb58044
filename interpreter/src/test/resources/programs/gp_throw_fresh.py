# throw into a just-created generator: raised before the body runs, try blocks inside do not catch it
def gen():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("never: the try was not entered")
        yield "caught"
    finally:
        print("never: finally not entered either")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(next(g, "exhausted"))
print(list(g))
g = gen()
try:
    g.throw(KeyError)
except KeyError as e:
    print("class propagated:", repr(e))
try:
    g.throw(KeyError)
except KeyError:
    print("throw into the finished generator raises again")
