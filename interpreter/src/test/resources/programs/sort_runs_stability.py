# list.sort and sorted(): stability with and without key and reverse, natural runs (ascending,
# descending, with duplicates) around the 64-item minimum run, and the order CPython gives when
# comparisons are inconsistent (NaN) on short lists, which follows from the shape of its sort.
import random
random.seed(5)
class K:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"{self.v}{self.tag}"
for n in (0, 1, 2, 3, 10, 25, 26, 60, 200):
    for kind in ("rand", "asc", "desc", "dups", "const"):
        base = {"rand": [random.randrange(50) for _ in range(n)], "asc": list(range(n)),
                "desc": list(range(n, 0, -1)), "dups": [i // 3 for i in range(n)][::-1],
                "const": [7] * n}[kind]
        items = [K(v, i) for i, v in enumerate(base)]
        for rev in (False, True):
            a = items[:]; a.sort(reverse=rev)
            b = sorted(items, key=lambda k: -k.v if rev else k.v)
            c = sorted(items, key=lambda k: k.v, reverse=rev)
            print(n, kind, rev, repr(a) == repr(c), [k.tag for k in a][:12], [k.tag for k in b][:6])
nan = float("nan")
print(sorted([3, nan, 1, 2, nan, 0]), sorted([3.0, 1, nan, 2], reverse=True))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
print(sorted("hello world"), sorted(["b", "A", "a"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
random.seed(11)
ok = 0
for trial in range(300):
    n = random.choice([50, 63, 64, 65, 100, 127, 128, 129, 500, 1000, 2049, 5000])
    mode = trial % 6
    if mode == 0: a = [random.random() for _ in range(n)]
    elif mode == 1: a = [random.randrange(10) for _ in range(n)]
    elif mode == 2: a = sorted(random.randrange(1000) for _ in range(n))
    elif mode == 3: a = sorted((random.randrange(1000) for _ in range(n)), reverse=True)
    elif mode == 4: a = [i // 7 for i in range(n)] + [random.randrange(n) for _ in range(n // 10)]
    else: a = [(random.randrange(5), i) for i in range(n)]
    pairs = list(enumerate(a))
    r1 = sorted(pairs, key=lambda p: p[1])
    r2 = sorted(pairs, key=lambda p: p[1], reverse=True)
    b = a[:]; b.sort(reverse=True)
    c = a[:]; c.sort()
    ok += hash((tuple(r1), tuple(r2), tuple(b), tuple(c))) & 0xffff
print(ok)
nan = float("nan")
small = [[3, nan, 1, 2, nan, 0], [nan, 1, 0], [2, 1, nan, 0, -1], [1, nan, nan, 0, 5, 4, 3]]
for s in small:
    print(sorted(s), sorted(s, reverse=True))
