# list methods beyond the basics: ranges in index, negative insert, extend forms, errors
a = [10, 20, 30, 20, 10]
print(a.index(20), a.index(20, 2), a.index(10, -2), a.index(30, 0, 3), a.count(20), a.count("x"))
try:
    a.index(30, 3)
except ValueError as e:
    print(type(e).__name__, e)
a.insert(-1, "before-last")
a.insert(len(a), "end")
a.insert(-100, "start")
print(a)
a.extend(x * 2 for x in range(3))
a.extend((7,))
a.extend({})
a.extend("hi")
print(a)
a.remove(20)
print(a, a.count(20))
print(a.pop(-2), a.pop(1), a)
try:
    a.pop(100)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.remove("zzz")
except ValueError as e:
    print(type(e).__name__, e)
b = [3, 1, 2]
print(b.sort(), b.reverse(), b.append(0), b.extend([]), b.insert(0, 9), b.clear(), b)
c = [1, 2, 3]
d = c
d += [4]
print(c, c is d)
d = d + [5]
print(c, d, c is d)
e = [0] * 3
e *= 2
print(e, [1, 2] * -1, -2 * [1], [[1]] * 2)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2.0], [1, [2, 3]] < [1, [2, 4]], [3] > [2, 9])
print(list(), list(range(3)), list("ab"), list((1,)), list({"k": 1}), list({5}))
x = [5, 3, 8]
y = x[:]
z = list(x)
w = x.copy()
y.append(1)
print(x, y, z is x, w == x, w is x)
print(len([]), len([[]]), [None] * 2, [] + [] == [], bool([0]), bool([]))
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].extend(5)
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2]
m.append(m)
print(m, len(m), m[2][2][0])
n = [[0] * 2] * 2
n[0][0] = 1
print(n, n[0] is n[1])
p = list(range(10))
print(p[p.index(3):p.index(7)], p[-3:], p.index(9, -1))
q = ["b", "a", "c"]
q[len(q):] = ["d"]
q[:0] = ["start"]
print(q)
