a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
print(2 ** 100, -2 ** 2, 7 // -2, -7 % 3, 7 / 2, 1e16, 0.1 + 0.2)
x = 5
x += 3; x *= 2; x -= 1; x //= 2; x **= 2; x %= 10
print(x)
s = "gen"
print(s * 2, s[0], s[-1], s[1:], len(s), f"{s!r:>8}|{x:04d}|{3.14159:.2f}")
t = (1,)
print(t, (), [1, 2, 3][::-1], not 0, 1 and 2, 0 or "z", None is None)
print(1 < 2 < 3, 3 < 2 < 1, "a" in "abc", 4 not in [1, 2])
def kw(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(kw(1), kw(1, 5, 6, 7, c=8, d=9))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
print([i * i for i in range(5) if i % 2 == 0], {k: k * 2 for k in "ab"}, sum(i for i in range(101)))
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
lst = [3, 1, 2]
lst += [0]
lst.sort()
print(lst, max(lst), min(lst), abs(-4.5), int("42") + 1, float("1.5"), str(12) + "!", bool([]))
with open("/tmp/pygen_basics_test.txt", "w") as f:
    f.write("line one\nline two\n")
with open("/tmp/pygen_basics_test.txt") as f:
    for line in f:
        print(repr(line))
