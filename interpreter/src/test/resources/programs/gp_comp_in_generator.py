# comprehensions and genexps inside generator bodies see the generator's locals at each resume
def gen():
    factor = 1
    for round_ in range(3):
        batch = [factor * i for i in range(3)]
        yield batch
        lookup = {i: factor for i in range(2)}
        yield lookup
        factor = yield sum(x for x in batch)
        yield {v % 2 for v in batch}

g = gen()
print(next(g))
print(next(g))
print(next(g))
print(g.send(10))
print(next(g))
print(next(g))
print(next(g))
print(g.send(-1))
print(list(g))

def pipeline(rows):
    for row in rows:
        cleaned = [c.strip() for c in row.split(",")]
        yield {name: val for name, val in zip(("a", "b"), cleaned)}
print(list(pipeline(["1, 2", " x,y ", "only"])))
