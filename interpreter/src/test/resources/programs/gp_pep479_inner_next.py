# a bare next() on an exhausted iterator inside a generator is the classic PEP 479 trap
def pairs(items):
    it = iter(items)
    while True:
        a = next(it)
        b = next(it)
        yield a, b

try:
    print(list(pairs([1, 2, 3, 4])))
except RuntimeError as e:
    print("RuntimeError:", e)

def pairs_fixed(items):
    it = iter(items)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b

print(list(pairs_fixed([1, 2, 3, 4, 5])))
def uses_default(items):
    it = iter(items)
    while (v := next(it, None)) is not None:
        yield v * 2
print(list(uses_default([1, 2, 3])))
got = []
try:
    for p in pairs("abc"):
        got.append(p)
except RuntimeError as e:
    print(got, e)
