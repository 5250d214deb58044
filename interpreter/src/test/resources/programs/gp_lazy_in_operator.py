# `x in generator` consumes the generator up to the first match and stops there
def nums():
    for i in range(10):
        print("  yield", i)
        yield i

g = nums()
print(3 in g)
print("next after 3:", next(g))
print(6 in g)
print(2 in g)
print(list(g))
print("a" in (c for c in "abc"), "z" in iter("abc"))
