# math: fsum, prod, hypot, dist and isclose.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.5, 2**-53, 2**-106]), math.fsum([1, 2**-53]))
print(math.fsum([]), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)), math.fsum([-0.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([True, 2, 0.5]))
for items in [[math.inf, -math.inf], [1e308, 1e308], ["1"], 5]:
    try:
        print(math.fsum(items))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 26)), math.prod([1.5, 2, 3]))
print(math.prod([2, 3], start=10), math.prod(["ab"], start=3), math.prod([], start="x"), math.prod([2, 2.5]))
print(math.prod(x for x in [2**40, 2**40, 2**40]))
for call in [lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.prod([1], st=2),
             lambda: math.prod(["a", "b"]), lambda: math.prod(3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(*range(20)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1,), (5,)), math.dist((), ()))
print(math.dist(iter([1.0, 2.0]), (4, 6)), math.dist(range(5), [0.5] * 5))
for call in [lambda: math.dist([1], [1, 2]), lambda: math.dist(1, 2), lambda: math.hypot("3"),
             lambda: math.hypot(x=1), lambda: math.hypot(10**400)]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(2, b=2.0000000001))
for call in [lambda: math.isclose(1), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, 2, rel_tol=-1),
             lambda: math.isclose(1, 2, foo=1), lambda: math.isclose(1, b=2, a=3), lambda: math.isclose("a", 1)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
