# dict insertion order; 1, 1.0 and True are one key; re-insertion keeps or moves position
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d))
d["b"] = 10
print(d, "overwriting keeps the position")
del d["b"]
d["b"] = 20
print(d, "delete and re-insert moves to the end")
n = {1: "int"}
n[1.0] = "float"
print(n, len(n))
n[True] = "bool"
print(n, len(n), n[1], n[1.0], n[True])
m = {True: "t", 1: "one", 1.0: "onef"}
print(m, type(list(m)[0]).__name__)
z = {0: "zero", False: "false", 0.0: "fz", -0.0: "negz"}
print(z)
mixed = {2: "a", 2.0: "b", "2": "c", (2,): "d"}
print(mixed, len(mixed))
big = {2 ** 64: "big", float(2 ** 64): "bigf"}
print(big)
print({1: 1} == {1.0: 1}, {True: 1} == {1: 1}, {1: "a"} == {1: "b"})
order = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    order[w] = order.get(w, 0) + 1
print(order)
print(list(order.keys())[:3], list(order.values())[-3:])
print(dict.fromkeys("mississippi"))
rev = dict(reversed(list(order.items())))
print(rev)
print({k: k for k in [3, 1, 2, 1, 3]})
print(dict([(1, "a"), (2, "b"), (1, "c")]))
e = {"x": 1, "y": 2}
e.update({"x": 3, "z": 4})
print(e)
print({**{"a": 1, "b": 2}, **{"b": 3, "c": 4}, "a": 5})
s = {}
for i in range(10):
    s[i * 7 % 10] = i
print(s)
for i in range(0, 10, 2):
    del s[i]
print(s)
s[0] = "again"
print(s, list(s)[-1])
