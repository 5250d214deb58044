# tuples: methods, comparisons, hashing, immutability, construction
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.count(7), t.index(1), t.index(1, 2), t.index(5, 0, 5))
try:
    t.index(1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(t[2], t[-1], t[2:5], t[::-2], t[:0], len(t), 9 in t, 8 not in t)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 2 * (7,), () + ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"), () < (0,))
print((1, 2) == [1, 2], (1,) != (1.0,), max([(1, "b"), (1, "a"), (0, "z")]))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), {(1, 2): "k"}[1, 2])
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(x * 2 for x in range(3)), tuple({1: 2}))
print((1,), (1), ((1,),), (), type(()).__name__, (1, 2,))
t2 = ([1], 2)
t2[0].append(3)
print(t2)
try:
    t2[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
a = (1, 2, 3)
b = a
a += (4,)
print(a, b, a is b)
x, y = (10, 20)
print(x, y, sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), tuple(reversed(a)))
point = (3, 4)
print(f"{point}", str(point), repr(("a", 1)), ("a",) == tuple("a"))
print(sum((1, 2, 3)), min(("b", "a")), len(((),) * 4), (((1,),),)[0][0][0])
print(tuple(range(0)), tuple(enumerate("ab")), tuple(zip((1, 2), "xy")))
