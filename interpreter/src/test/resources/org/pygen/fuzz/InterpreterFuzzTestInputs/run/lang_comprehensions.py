# list/dict/set comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print({x: x ** 2 for x in range(4)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sorted({c for c in "mississippi"}))
print({x % 3 for x in range(10)})
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x + y for x in "ab" for y in "12"))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))
x = "outer"
res = [x for x in "in"]
print(res, x)
words = ["hello", "world", "python"]
print([w[0].upper() for w in words], {w: len(w) for w in words})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
n = 3
print([n * i for i in range(n)])
def f():
    k = 10
    return [k + i for i in range(3)], list(k * i for i in range(3))
print(f())
print("".join(ch.upper() if i % 2 else ch for i, ch in enumerate("abcdef")))
print([y for y in (x * 10 for x in range(3))])
