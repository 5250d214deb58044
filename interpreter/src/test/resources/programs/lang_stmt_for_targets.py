# for-loop targets other than plain names; the loop variable after the loop; iterating mutated lists
d = {}
for d["key"] in range(3):
    pass
print(d)
lst = [None, None]
for lst[0] in "ab":
    print(lst)
for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items, "removing during iteration skips the next element")
grow = [1]
for v in grow:
    if v < 4:
        grow.append(v + 1)
print(grow, "appending during iteration is seen")
for k in list(d):
    del d[k]
print(d)
acc = []
for a, (b, c) in zip("xy", [(1, 2), (3, 4)]):
    acc.append(a + str(b + c))
print(acc)
for i, ch in enumerate("abc", start=1):
    print(i, ch, end=" ")
print()
for line in "one\ntwo\n".splitlines():
    print(line.upper())
for n in range(10, 0, -3):
    print(n, end=" ")
print()
for key, value in sorted({"b": 2, "a": 1}.items()):
    print(key, value)
total = 0
for total in range(5):
    total += 100
print(total)
for _ in range(2):
    print("underscore loop")
for ch in b"hi":
    print(ch)
for s in {3, 1, 2}:
    print(s, end=" ")
print()
for row in [[1, 2], [3, 4]]:
    for value in row:
        print(value, end=",")
print()
