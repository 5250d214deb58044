# set and frozenset operators: | & - ^ and comparisons, result types
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, a < a, a <= a, {3} < b, b > {5}, b >= b, a == {4, 3, 2, 1}, a != b)
fa = frozenset(a)
fb = frozenset(b)
print(fa | fb, fa & fb, fa - fb, fa ^ fb)
print(type(a | fb).__name__, type(fa | b).__name__, type(fa & b).__name__, type(a - fb).__name__)
print(fa == a, a == fa, {1} == frozenset({1}), frozenset() == set(), set() == frozenset())
print(fa <= a, fb < a | b, frozenset({1, 2}) > {1})
print({1, 2} | set(), set() & {1}, set() - set(), set() ^ {7})
print({0.0, 1} | {False, True}, {1} & {1.0}, {1, 2} - {2.0})
c = {10, 20}
c |= {30}
print(c)
c &= {20, 30, 40}
print(c)
c -= {30}
print(c)
c ^= {20, 99}
print(c)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
print(not set(), not {0}, len({1, 1, 1.0, True}), {(1, 2), (1, 2)})
print({1, 2, 3} - {2} | {5} & {5, 6}, ({1, 2, 3} - {2}) | {5})
print(sorted({"x", "y"} | {"z"}), sorted({"a", "b"} ^ {"b", "c"}))
ops = [lambda: {1} | [1], lambda: {1} & [1], lambda: {1} - [1], lambda: {1} ^ [1]]
for op in ops + [lambda: [1] | {1}, lambda: frozenset() - (1,)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == [1, 2], {1} != (1,))
