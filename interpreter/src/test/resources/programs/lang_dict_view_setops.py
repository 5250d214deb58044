d = {"b": 2, "c": 3, "d": 4}
k, it = d.keys(), d.items()
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k & ["c", "c", "zz"], {"c", "q"} & k, sorted(["q"] | k))
print(k == {"b", "c", "d"}, k == {"b"}, k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"})
print(k > {"b"}, k >= {"b", "c", "d"}, k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), sorted(it | {("n", 0)}))
print(it == {("b", 2), ("c", 3), ("d", 4)}, it.isdisjoint([("b", 2)]))
x = {1: "one", 2: "two"}
print(x.keys() & {1.0}, x.keys() | x.keys(), {2, 3} - x.keys(), x.keys() ^ {2, 5})
print(set(d.items()) == set(it), type(k & set()).__name__)
try:
    d.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
