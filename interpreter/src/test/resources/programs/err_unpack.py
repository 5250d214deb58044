def coords():
    yield (1, 2)
    yield (3, 4, 5)

for x, y in coords():
    print(x, y)
