# sending a value into a yield from over a plain iterator: None is fine, anything else has no send method
def gen():
    try:
        yield from [1, 2, 3]
    except AttributeError as e:
        print("AttributeError inside:", e)
        yield "recovered"

g = gen()
print(next(g))
print(g.send(None))
print(g.send("value"))
print(next(g, "end"))

def gen2():
    yield from iter(range(3))
g = gen2()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("escapes:", e)
print(next(g, "finished"))
