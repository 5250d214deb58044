# frozenset: hashable, usable as dict key and set element; repr; equality with set
fs = frozenset([3, 1, 2])
print(fs, repr(frozenset()), repr(set()), frozenset("aa"), frozenset(range(3)))
print(hash(fs) == hash(frozenset({1, 2, 3})), hash(frozenset()) == hash(frozenset([])))
d = {fs: "one-two-three", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], frozenset({2, 3, 1}) in d)
sets = {frozenset({1}), frozenset({1}), frozenset({1, 2})}
print(len(sets), frozenset({1}) in sets)
print(frozenset({1, 2}) == {1, 2}, {frozenset({1})} == {frozenset([1])})
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {1, 10})
print(len(fs), 2 in fs, 5 not in fs, sorted(fs, reverse=True), min(fs), max(fs), sum(fs))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(len(nested), frozenset([3]) in nested)
graph = {frozenset(("a", "b")): 5, frozenset(("b", "c")): 7}
print(graph[frozenset(("b", "a"))], graph.get(frozenset(("c", "b"))), graph.get(frozenset("ac")))
try:
    {set(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    fs.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset(x * x for x in range(4)), frozenset({}.keys()), frozenset({1: 2}))
print(frozenset([1, 2]).issubset({1, 2, 3}), frozenset([1, 2]).issuperset([2]))
print(set(fs) == fs, type(set(fs)).__name__, type(frozenset(fs)).__name__)
print(bool(frozenset()), bool(fs), list(frozenset([5])))
