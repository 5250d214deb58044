# a = b = value: one object, assigned left to right; mixed with unpacking and subscripts
a = b = 0
print(a, b)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = r = "shared"
print(p, q, r)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
lst = [10, 20, 30]
lst[0] = i = 1
print(i, lst)
d = {}
d["k"] = d["j"] = len(d)
print(d)
first, second = pair = (1, 2)
print(first, second, pair)
s = t = (u, v) = "ab"
print(s, t, u, v)
m = n = {"count": 0}
m["count"] += 1
print(n, m is n)
order = []
def target(name):
    order.append(name)
    return {}
target("first")["a"] = target("second")["b"] = order.append("value") or 7
print(order)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = grid[1][1] = 9
print(grid)
one = two = three = None
print(one is two is three is None)
k = l = 5
k += 1
print(k, l)
big = small = 2 ** 70
big += 1
print(big - small)
w = z = [1]
w += [2]
print(z, w is z)
w = w + [3]
print(z, w, w is z)
