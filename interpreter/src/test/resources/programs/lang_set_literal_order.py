print({5, 37, 69}, {-1, -2, 7}, {8, 16, 24, 32}, {1, 9, 17, 25, 33})
x = 5
print({x, 37, 69}, set([5, 37, 69]), {5, 37})
for v in {100, 36, 4, 68}:
    print(v, end=" ")
print()
print(frozenset({13, 5, 21}), sorted({13, 5, 21}))
