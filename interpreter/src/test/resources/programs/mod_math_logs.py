# math: logarithms (of any int), exponentials, powers and roots.
import math

def show(*values):
    print(*[format(v, ".12g") for v in values])

print(math.log(1), math.log2(1024), math.log2(0.125), math.log10(1000), math.log10(0.001), math.log10(10**22))
print(math.log(8, 2), math.log(100, 10), math.log(1, 10))
show(math.log(2), math.log(0.5), math.log(1e-300), math.log(5e-324), math.log(12345.678))
show(math.log2(3), math.log2(1e-300), math.log10(2), math.log10(5e-324), math.log1p(1e-10), math.log1p(-0.5))
# ints beyond a float's range still have logarithms
show(math.log(10**400), math.log10(10**400), math.log(2**1024), math.log(7**500, 7), math.log10(10**1000 + 1))
print(math.log2(2**5000), math.log2(2**5000 - 1), math.log10(10**400))
show(math.exp(1), math.exp(-1), math.exp(709), math.exp(-745), math.exp(-1000), math.expm1(1e-10), math.expm1(-40))
show(math.exp2(10), math.exp2(0.5), math.exp2(-1074), math.exp2(-1080))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(10**300), math.sqrt(True), math.sqrt(2**1000))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(-0.0), math.cbrt(1e-310))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(4, -0.5))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3))
print(math.pow(0.5, -math.inf), math.pow(0.0, -math.inf), math.pow(-1, math.inf), math.pow(2, -1075), math.pow(-0.0, 3))

for name, call in [
    ("log(0)", lambda: math.log(0)),
    ("log(-1.5)", lambda: math.log(-1.5)),
    ("log(-10**400)", lambda: math.log(-10**400)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("log(10, 0)", lambda: math.log(10, 0)),
    ("log()", lambda: math.log()),
    ("log(x=2)", lambda: math.log(x=2)),
    ("log('e')", lambda: math.log("e")),
    ("log2(0.0)", lambda: math.log2(0.0)),
    ("log10(-1)", lambda: math.log10(-1)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("exp(10**400)", lambda: math.exp(10**400)),
    ("expm1(800)", lambda: math.expm1(800)),
    ("exp2(1024)", lambda: math.exp2(1024)),
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("pow(0.0, -1)", lambda: math.pow(0.0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("pow(10.0, 400)", lambda: math.pow(10.0, 400)),
    ("pow(2)", lambda: math.pow(2)),
]:
    try:
        print(name, call())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
