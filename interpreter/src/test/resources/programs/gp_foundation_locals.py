# locals survive suspension; closures and nonlocal inside generators see the live variables
def gen():
    count = 0
    def bump(by):
        nonlocal count
        count += by
        return count
    peek = lambda: count
    while count < 10:
        got = yield peek()
        bump(got or 1)
    yield f"finished at {count}"

g = gen()
print(next(g), g.send(3), next(g), g.send(5), next(g))

total = 0
def adds_to_global(items):
    global total
    for x in items:
        total += x
        yield total
print(list(adds_to_global([1, 2, 3])), total)
def independent(tag):
    n = 0
    while True:
        n += 1
        yield f"{tag}{n}"
a, b = independent("a"), independent("b")
print(next(a), next(a), next(b), next(a), next(b))
