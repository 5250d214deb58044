# set iteration order after removals: a new element reuses the last removed slot on its probe path
def build(items):
    s = set()
    for x in items:
        s.add(x)
    return s
t = build([0.5, 2 ** 61, 1e10, 1, 7, 51, 30, 31])
print(t)
for x in [1e10, True, 0.5]:
    t.discard(x)
print(t)
for x in [5, 6, 9, 16, 18, 20, 24, 32, 35, 41]:
    t.add(x)
    print(x, t)
s = build(range(0, 64, 8))
for x in range(0, 64, 16):
    s.remove(x)
s.add(64)
s.add(128)
print(s, s.pop(), s)
a = build([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
b = build([3, 17, 33, 65, 2, 49])
print(a ^ b, b ^ a, a.symmetric_difference(b), a - b, b - a, a | b, b | a, a & b)
c = a.copy()
c.symmetric_difference_update(b)
print(c)
c.difference_update([1, 2, 17])
c.update([97, 129, 1])
print(c, len(c))
