# permutations and combinations by recursive delegation, lazily
def perms(items):
    if not items:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (x,) + rest

def combos(items, k):
    if k == 0:
        yield ()
    elif len(items) >= k:
        first, rest = items[0], items[1:]
        yield from ((first,) + c for c in combos(rest, k - 1))
        yield from combos(rest, k)

print(["".join(p) for p in perms("abc")])
print(sum(1 for _ in perms(tuple(range(6)))))
print(list(combos((1, 2, 3, 4), 2)))
print(len(list(combos(tuple(range(10)), 3))))
g = perms((1, 2, 3, 4, 5, 6, 7, 8))
print(next(g), next(g), next(g))
g.close()
