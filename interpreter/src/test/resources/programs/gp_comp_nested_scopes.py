# nested comprehensions see the enclosing comprehension's variables; closures capture the last value
table = [[i * j for j in range(1, i + 1)] for i in range(1, 5)]
print(table)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def outer():
    base = 100
    return {k: [base + k + m for m in range(2)] for k in range(3)}
print(outer())
words = ["apple", "bob", "kayak", "pear"]
print({w: {c for c in w} == set(reversed(w)) for w in words})
pal = [w for w in words if w == "".join(c for c in reversed(w))]
print(pal)
print([[(r, c) for c in range(r)] for r in range(3)])
