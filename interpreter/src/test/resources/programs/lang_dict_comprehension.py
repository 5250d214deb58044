# dict comprehensions: filters, nesting, inversion, duplicates
squares = {n: n * n for n in range(6)}
print(squares)
print({n: s for n, s in squares.items() if s % 2 == 0})
print({v: k for k, v in squares.items()})
print({w: len(w) for w in "to be or not to be".split()})
print({ch: i for i, ch in enumerate("banana")})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({i: {j: i + j for j in range(2)} for i in range(3)})
print({k: [x for x in range(k)] for k in range(4)})
print({x % 3: x for x in range(10)})
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)}, dict(zip(keys, vals)))
print({k.upper(): v * 10 for k, v in zip(keys, vals) if v != 2})
print({True: "t", 1: "one"}, {x: x for x in [1, 1.0, True]})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(5)})
words = ["apple", "bob", "kayak", "level", "pear"]
print({w: w == w[::-1] for w in words})
matrix = [[1, 2], [3, 4], [5, 6]]
print({i: sum(row) for i, row in enumerate(matrix)})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
x = "outer"
res = {x: x * 2 for x in "ab"}
print(res, x)
print(len({i: i for i in range(1000)}), {i: i for i in range(0)})
base = 10
print({i: base + i for i in range(3)})
def scaled(factor):
    return {k: v * factor for k, v in {"x": 1, "y": 2}.items()}
print(scaled(3))
nested = {"a": {"x": 1}, "b": {"x": 2, "y": 3}}
print({outer: {inner: v * 100 for inner, v in d.items()} for outer, d in nested.items()})
print({k: v for k, v in sorted({"c": 3, "a": 1, "b": 2}.items())})
print({k: v for k, v in sorted({"c": 3, "a": 1, "b": 2}.items(), key=lambda kv: -kv[1])})
