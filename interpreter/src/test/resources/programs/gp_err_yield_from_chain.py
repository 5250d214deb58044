# an exception raised at the bottom of a yield from chain propagates through each level
def bottom(n):
    yield n
    raise KeyError(f"missing {n}")

def middle(n):
    yield "middle start"
    yield from bottom(n)

def top():
    yield from middle(7)
    yield "never"

for v in top():
    print(v)
