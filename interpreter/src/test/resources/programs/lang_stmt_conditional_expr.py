# conditional expressions: laziness, nesting, precedence, in comprehensions and lambdas
def loud(v):
    print("  evaluated", v)
    return v
print(loud("yes") if True else loud("no"))
print(loud("yes") if False else loud("no"))
for n in (-5, 0, 5, 50):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print([i if i % 3 else "fizz" for i in range(1, 7)])
print([i for i in range(10) if i % 2 if i % 3])
sign = lambda x: 1 if x > 0 else -1 if x < 0 else 0
print([sign(v) for v in (3, -2, 0)])
x = 0
print(1 + 2 if x else 3 + 4, (1 + 2) if x else (3 + 4), 1 + (2 if x else 3) + 4)
print("a" if "" else "b", "a" if [0] else "b", "a" if None else "b", "a" if 0.0 else "b")
y = None
val = y if y is not None else "default"
print(val, (lambda: "called")() if callable(print) else "not")
print(not True if False else "else branch", (not True) if True else "x")
z = 10
result = "big" if z > 5 and z < 100 else "other"
print(result, "t" if z > 5 or z < 0 else "f", "t" if not z else "f")
print({k: ("hi" if v > 1 else "lo") for k, v in {"a": 1, "b": 2}.items()})
print(max(3, 7) if z else min(3, 7), [1, 2][0 if z else 1], (lambda: 1 if z else 2)())
values = [4, None, 7, None]
print([v if v is not None else 0 for v in values], sum(v for v in values if v is not None))
nested = [[1, 2], [], [3]]
print([row[0] if row else None for row in nested])
t = 1, 2 if False else 3
print(t)
print(f"{'odd' if z % 2 else 'even'}", f"{z if z > 100 else -z}")
