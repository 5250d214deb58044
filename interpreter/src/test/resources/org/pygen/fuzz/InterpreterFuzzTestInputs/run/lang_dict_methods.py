# get/setdefault/pop/popitem/update/copy/clear/fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.get("a", 99))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "missing"), d.pop("c"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 10}, y=20)
print(d)
d.update([("p", 1), ("q", 2)])
d.update(a=-1)
d.update()
print(d)
d.update((k, v * 2) for k, v in [("g", 1), ("h", 2)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is d, c == d)
nested = {"list": [1, 2]}
shallow = nested.copy()
shallow["list"].append(3)
print(nested, shallow)
c.clear()
print(c, len(c), d)
try:
    c.popitem()
except KeyError as e:
    print(type(e).__name__, e)
f = dict.fromkeys(["x", "y", "z"])
print(f)
g = dict.fromkeys("abc", 0)
print(g)
shared = dict.fromkeys(range(3), [])
shared[0].append("same list")
print(shared)
print(dict.fromkeys([]), dict.fromkeys((1, 1.0, True), "one"))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
m = {"k": 1} | {"j": 2}
m |= {"k": 3}
print(m, {"a": 1} | {"a": 2})
m |= [("z", 26)]
print(m)
try:
    {} | [("z", 26)]
except TypeError as e:
    print(type(e).__name__, e)
