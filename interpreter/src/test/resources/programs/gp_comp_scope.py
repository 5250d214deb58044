# comprehension variables live in their own scope and do not leak
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
d = {k: v for k, v in [("a", 1), ("b", 2)]}
print(d)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
s = {i % 3 for i in range(10)}
print(sorted(s))
try:
    print(i)
except NameError as e:
    print("NameError:", e)
g = list(y for y in range(3))
try:
    y
except NameError as e:
    print("NameError:", e)

def func():
    n = 5
    vals = [n * j for j in range(3)]
    try:
        j
        return vals, True
    except NameError:
        return vals, False
print(func())
for loopvar in range(2):
    pass
print("for loop variable does leak:", loopvar)
