# a generator keeps state between sends; a sentinel ends it with a return value
def stats():
    count = 0
    total = 0
    lo = hi = None
    while True:
        v = yield (count, total)
        if v is None:
            break
        count += 1
        total += v
        lo = v if lo is None or v < lo else lo
        hi = v if hi is None or v > hi else hi
    return {"count": count, "total": total, "min": lo, "max": hi}

g = stats()
print(next(g))
for v in [4, 8, -2, 7]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)
