# slice assignment and deletion on lists, incl. extended-slice errors
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = ["ins1", "ins2"]
print(a)
a[:] = a[::-1]
print(a)
a[-3:] = []
print(a)
a[100:] = [99]
print(a)
a[:2] = "AB"
print(a)
a[3:6] = (i * 10 for i in range(4))
print(a)
b = list(range(8))
b[::2] = "abcd"
print(b)
b[1::2] = [None] * 4
print(b)
b[::-3] = [7, 8, 9]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[::-1] = []
except ValueError as e:
    print(type(e).__name__, e)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
del c[1:-1:2]
print(c)
del c[:]
print(c)
d = list(range(6))
del d[4:1]
del d[10:20]
print(d)
del d[::-1]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = [1, 2, 3, 4]
f[::1] = [0]
print(f)
g = [0, 1, 2, 3, 4, 5]
g[5:1:-2] = ["p", "q"]
print(g)
g[-1:-4:-1] = "xyz"
print(g)
h = [1, 2, 3]
h[1:2] = []
h[0:0] = [0]
h[len(h):len(h)] = [4, 5]
print(h)
h[1:3] = [[9, 9]]
print(h, len(h))
s = slice(1, 3)
h[s] = ["s1", "s2", "s3"]
print(h)
del h[slice(None, None, 2)]
print(h)
t = [1, 2, 3]
t[-100:100] = ["all"]
print(t)
