# groupby(): runs of equal keys; groups share the source with the groupby itself
from itertools import groupby, count, islice

print([(k, list(g)) for k, g in groupby("aaabccddda")])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda x: x % 2)])
print([k for k, g in groupby("aabbbc")])
print(list(groupby([])))
print([(k, "".join(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], lambda s: s[0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])

def source(text):
    for ch in text:
        print("  pull", ch)
        yield ch
    print("  source exhausted")

print("consuming groups fully")
for key, group in groupby(source("aabccc")):
    print(key, "->", list(group))

print("skipping groups: the outer iterator reads past them")
for key, group in groupby(source("aabccc")):
    print("key", key)

print("advancing the groupby invalidates the previous group")
g = groupby("aaabbc")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g2), list(g3))
print(next(g, "end"))

print("keeping groups for later does not work either")
groups = [(k, grp) for k, grp in groupby("xxyyz")]
print([(k, list(grp)) for k, grp in groups])

print("a partly read group, then the next key")
g = groupby(source("aaab"))
k, grp = next(g)
print(k, next(grp))
k, grp = next(g)
print(k, list(grp))

print("groupby over an infinite input")
runs = groupby(count(), key=lambda n: n // 3)
for k, grp in islice(runs, 4):
    print(k, list(grp))

def key(x):
    print("  key of", x)
    return x.lower()

print([(k, list(grp)) for k, grp in groupby("aAbB", key=key)])
print([(k, list(grp)) for k, grp in groupby(key=None, iterable=[2, 2, 3])])

# a group keeps working after its key run ends only until the groupby moves
g = groupby("aab")
k, grp = next(g)
print(list(grp), list(grp))
print(next(g)[0], list(grp))
