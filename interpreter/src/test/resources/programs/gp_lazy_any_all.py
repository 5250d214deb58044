# any/all stop at the first decisive element, even on infinite generators
def naturals():
    n = 0
    while True:
        print("  check", n)
        yield n
        n += 1

print(any(x > 3 for x in naturals()))
print(all(x < 2 for x in naturals()))
print(any(naturals()))
g = naturals()
print(all(g))
print("next after all:", next(g))
print(any([]), all([]), any(x for x in []), all(x for x in []))
print(any(iter([0, "", None])), all(iter([1, "a", [0]])))
