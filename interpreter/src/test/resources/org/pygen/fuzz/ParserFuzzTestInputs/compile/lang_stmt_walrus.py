# assignment expressions (:=) in if, while, comprehensions and calls
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list:", n)
print(n)
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
values = [y for x in data if (y := x * 2) > 6]
print(values, y)
print([last := v for v in range(3)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
if any((hit := v) > 5 for v in data):
    print("first above 5:", hit)
if all((miss := v) < 9 for v in data):
    print("never")
else:
    print("first not below 9:", miss)
print((a := 10) + a, a)
print(f"{(b := 'walrus')!r} {b}")
def f(x):
    return (double := x * 2), double + 1
print(f(5))
lines = ["a", "bb", "", "ccc"]
i = 0
while (line := lines[i]) != "":
    print("line", line)
    i += 1
counts = {}
for word in "a b a c a b".split():
    if (c := counts.get(word)) is None:
        counts[word] = 1
    else:
        counts[word] = c + 1
print(counts)
print([(x, sq) for x in range(5) if (sq := x * x) % 2 == 0])
def scope_test():
    [inner := k for k in range(2)]
    return inner
print(scope_test())
x = 5
print(x if (x := x + 1) > 5 else 0, x)
print((z := [1, 2]).append(3), z)
