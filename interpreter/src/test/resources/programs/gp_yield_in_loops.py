# yield in nested for/while loops with continue, break and loop variables kept across suspensions
def gen():
    for i in range(4):
        if i == 1:
            continue
        j = 0
        while True:
            j += 1
            if j % 2:
                continue
            if j > 4:
                break
            yield (i, j)
        for k in "ab":
            yield f"{i}{k}"
            if i == 2:
                break
    yield "end"

print(list(gen()))
def for_iter_from_yield():
    for x in (yield "give me an iterable"):
        yield x * 2
    for i in range((yield "give me a count")):
        yield i
g = for_iter_from_yield()
print(next(g))
print(g.send([1, 2, 3]), next(g), next(g))
print(next(g))
print(g.send(3), next(g), next(g), next(g, "done"))
