# genexps are generators: send, throw, close, StopIteration, names and repr
def f():
    return (x for x in range(3))
g = f()
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).split(" at ")[0])
print(next(g))
print(g.send("ignored"))
try:
    g.throw(KeyError("into genexp"))
except KeyError as e:
    print("throw propagates:", e)
print(next(g, "finished after throw"))
g = (x for x in "abc")
print(next(g))
g.close()
print(list(g))
top = (x for x in [])
print(top.__qualname__, iter(top) is top)
print(list(top), list(top))
