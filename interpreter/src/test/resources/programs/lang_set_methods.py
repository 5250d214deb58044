# set methods: add/remove/discard/pop/clear/copy/update family/union family/relations
s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.discard(42)
s.discard(2)
print(s)
s = {5, 6, 7}
print(s.pop(), s.pop(), s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
u = t.copy()
u.add(4)
print(t, u, t is u)
t.update([4, 5], (6,), range(7, 9))
print(t)
t.intersection_update({1, 2, 3, 4, 100}, [2, 3, 4])
print(t)
t.difference_update([3], {4})
print(t)
t.symmetric_difference_update([2, 9])
print(t)
x = {1, 2, 3}
print(x.union([3, 4], (5,)), x.intersection([2, 3, 4], {3}), x.difference([1], [2]))
print(x.symmetric_difference([3, 4]), x.union(), x.intersection(), x.difference())
print(x.issubset([1, 2, 3, 4]), x.issubset({1}), x.issuperset([1, 2]), x.issuperset(range(5)))
print(x.isdisjoint([4, 5]), x.isdisjoint((3,)), set().isdisjoint(set()))
print(x.union("ab") == {1, 2, 3, "a", "b"}, sorted(set("hello")), len(set("hello")))
fz = frozenset([1, 2])
print(fz.union([3]), fz.intersection({2}), fz.copy() is fz, fz.isdisjoint({3}))
print(type(fz.union([3])).__name__, type(x.union(fz)).__name__)
try:
    fz.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(evens & threes, sorted(evens - threes), len(evens | threes))
seen = set()
dups = []
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
print({n % 4 for n in range(10)}, {c for c in "aaa"}, set(), {frozenset()})
