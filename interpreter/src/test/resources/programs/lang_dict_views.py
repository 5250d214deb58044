# keys/values/items views: dynamic, len, in, iteration, reversed, repr
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(k, len(v), list(it)[-1], "dynamic views see the new key")
del d["a"]
print(list(k), list(v), list(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(("zz", 1) in it, ["b", 2] in it, ("b",) in it)
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(v), sum(v), max(k), min(it))
print(v == v, d.values() == d.values(), list(v) == [2, 3, 4])
e = {}
print(e.keys(), e.values(), e.items(), len(e.keys()), bool(e.keys()), bool(k))
for key, value in d.items():
    print(key, "->", value)
x = {1: "one", 2: "two"}
print(dict(zip(d.values(), d.keys())))
print(list(zip(d.keys(), d.values())) == list(d.items()))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
