# math: constants, and the functions that round floats to ints or take them apart.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(-math.inf))

for x in [2.5, -2.5, 0.0, -0.0, 1e-300, -7.000001, 123456789.987, 1e20, -3e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))

# ints and bools come back unchanged (bools as ints), however big
for x in [7, -7, True, False, 10**40, -(2**100)]:
    print(repr(x), repr(math.floor(x)), repr(math.ceil(x)), repr(math.trunc(x)))

print(math.modf(3.75), math.modf(-3.75), math.modf(5.0), math.modf(-5.0), math.modf(math.inf))
print(math.frexp(8.0), math.frexp(0.3), math.frexp(-5e-324), math.frexp(0.0), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(3, -2), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075),
      math.ldexp(-1.5, -10**20), math.ldexp(math.inf, 7), math.ldexp(0.75, True))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(math.fabs(-3), math.fabs(-0.0), math.copysign(2, -0.0), math.copysign(-2.5, 1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(3, 3))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.0), math.ulp(math.inf))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(10**300), math.isnan(5))

for bad in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (OverflowError, ValueError) as e:
            print(f.__name__, bad, type(e).__name__, e)
for args in [(1.0, 10**20), (1.0, 2000), (1.0, 1.5)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print("ldexp", type(e).__name__, e)
