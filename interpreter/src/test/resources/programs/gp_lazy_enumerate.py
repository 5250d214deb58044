# enumerate is lazy: it pulls one item per step; start= shifts the count
def letters():
    for c in "abc":
        print("  pull", c)
        yield c

e = enumerate(letters(), start=10)
print("enumerate created")
print(next(e))
for i, c in e:
    print(i, c)
print(list(enumerate(letters(), -2)))
print(list(enumerate("", 5)))
e = enumerate(x * x for x in range(100000000))
print(next(e), next(e), next(e))
