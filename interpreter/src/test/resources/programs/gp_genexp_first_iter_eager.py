# PEP 289: the first iterable is evaluated when the genexp is created, everything else lazily
def src(name, n):
    print("evaluating", name)
    return range(n)

def cond(x):
    print("  testing", x)
    return x % 2 == 0

g = (x * y for x in src("outer", 3) if cond(x) for y in src("inner", 2))
print("genexp created")
print(next(g))
print("after first item")
print(list(g))

def noisy_iter():
    print("iter() called")
    return iter([1, 2])
h = (v for v in noisy_iter())
print("second genexp created")
print(list(h))
