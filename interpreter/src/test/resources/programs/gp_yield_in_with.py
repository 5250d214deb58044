# yield inside with blocks (files): several files, nested, exception inside with
base = "/tmp/gp_yield_in_with_"
for name, text in [("a", "1\n2\n"), ("b", "x\ny\nz\n")]:
    with open(base + name, "w") as f:
        f.write(text)

files = []
def read_both():
    with open(base + "a") as fa, open(base + "b") as fb:
        files.extend([fa, fb])
        for la, lb in zip(fa, fb):
            yield la.strip() + lb.strip()
        yield "rest of b: " + fb.read().strip()
    yield "both closed: " + str(fa.closed and fb.closed)

print(list(read_both()))
def fails_inside():
    with open(base + "a") as f:
        files.append(f)
        yield f.readline().strip()
        raise ValueError("inside with")
g = fails_inside()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(e, "- file closed:", files[-1].closed)
def nested_with():
    with open(base + "a") as f1:
        with open(base + "b") as f2:
            yield f1.readline().strip(), f2.readline().strip()
        yield "inner closed", f2.closed, f1.closed
    yield "outer closed", f1.closed
print(list(nested_with()))
