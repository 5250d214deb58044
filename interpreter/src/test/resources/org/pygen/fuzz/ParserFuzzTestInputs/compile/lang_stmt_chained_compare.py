# chained comparisons: each operand evaluated once, short-circuit, mixed operators
def v(x, tag=None):
    print("  eval", tag if tag is not None else x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1, "never"))
print(v(1) == v(1.0) != v(2) > v(0))
print(v(5) > v(4) >= v(4) > v(4, "last"))
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5, 5 > 4 > 3 > 2 > 1 > 0 > -1)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0, 1 < x != 6, x is not None is not False)
print(1 < 2 in [2, 3], 2 in [2] in [[2]], "a" < "b" in "abc", 1 in (1,) == [1])
print([1] == [1] != [2], (1, 2) < (1, 3) <= (1, 3), "a" <= "a" < "b")
lst = [3, 1, 2]
print(lst[0] > lst[1] < lst[2], min(lst) < max(lst) == 3)
r = range(10)
print(0 in r and 9 in r, -1 < r[0] < r[-1] < 10)
calls = []
def s(n):
    calls.append(n)
    return n
print(s(1) < s(0) < s(5) < s(6), calls)
calls.clear()
print(s(0) < s(1) > s(2) < s(3), calls)
calls.clear()
print(not s(1) < s(2), calls)
a = b = c = 7
print(a == b == c, a is b is c, a < b < c, a <= b <= c)
print((1 < 2) < 3, 1 < (2 < 3), (3 > 2) == True, 3 > 2 == True)
try:
    print(1 < 2 < "3")
except TypeError as e:
    print(type(e).__name__, e)
print(2 > 3 < "3", "short-circuit skips the bad comparison")
