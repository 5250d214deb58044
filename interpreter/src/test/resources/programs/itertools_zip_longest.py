# zip_longest(): pads the shorter inputs; exhausted inputs are not asked again
from itertools import zip_longest, count, islice, repeat

print(list(zip_longest("abcd", "xy")))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest([1, 2], [], [3], fillvalue=0)))
print(list(zip_longest()))
print(list(zip_longest("abc")))
print(list(islice(zip_longest(count(), "ab"), 4)))

def labelled(name, n):
    for i in range(n):
        print("  ", name, i)
        yield f"{name}{i}"
    print("  ", name, "exhausted")

z = zip_longest(labelled("a", 1), labelled("b", 3), fillvalue="_")
print("created")
for row in z:
    print(row)
print(next(z, "end"))

def failing():
    yield 1
    raise KeyError("boom")

z = zip_longest(failing(), repeat("r"))
print(next(z))
try:
    next(z)
except KeyError as e:
    print("KeyError:", e)
print(list(z))

for kwargs in ({"fill": 1}, {"fillvalue": 1, "other": 2}):
    try:
        zip_longest([1], **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print("TypeError:", e)
