# an exception from the bottom of a yield from chain unwinds each level (finally) with its traceback
def deep(d):
    if d == 0:
        yield 1
        raise KeyError("deep")
    try:
        yield from deep(d - 1)
    finally:
        print("unwind", d)
dg = deep(3)
print(next(dg))
next(dg)
