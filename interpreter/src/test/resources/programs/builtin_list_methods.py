# common list methods and behaviours
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.count(1), a.index(4), a.index(1, 2), len(a), 9 in a, 7 not in a)
a.append(5)
a.extend(range(2))
a.extend("xy")
print(a)
print(a.pop(), a.pop(-1), a.pop(0), a)
a.insert(2, "ins")
a.insert(-1, "neg")
a.insert(-100, "front")
print(a)
a.remove("ins")
a.remove(1)
print(a)
b = [x for x in a if isinstance(x, int)]
b.sort()
print(b)
b.sort(key=lambda v: (v % 3, v), reverse=True)
print(b)
b.reverse()
print(b, b[::-1] == list(reversed(b)))
c = b.copy()
c.clear()
print(c, len(b))
d = [[1, 2], [3]]
e = d.copy()
e[0].append(99)
e.append([4])
print(d, e)
f = [0] * 5
f[1:4] = [7]
print(f)
f[::2] = ["a", "b"]
print(f)
del f[1]
print(f)
g = list(range(10))
del g[::3]
print(g, g[-1], g[-len(g)])
h = [5, 2, 8]
print(sorted(h), h, h.sort(), h)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0])
print([1, 2, 3] * 2, [[]] * 3, list(reversed([1, 2, 3])))
nested = [1, [2, [3]]]
print(nested[1][1][0], str(nested), repr(nested))
stack = []
for v in "abc":
    stack.append(v)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
while queue:
    print("dequeue", queue.pop(0))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(7)
except ValueError as e:
    print("ValueError:", e)
lst = [1, 2, 3]
lst[-1] = 30
lst[0] += 10
print(lst, lst.__len__())
x = [1]
x.append(x)
print(x)
