# math: trigonometric and hyperbolic functions, angles, fmod and remainder.
import math

def show(label, *values):
    print(label, *[format(v, ".12g") for v in values])

for x in [0.0, 0.5, 1.0, -2.0, 3.0, 100.0]:
    show(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [-1.0, -0.5, 0.0, 0.3, 1.0]:
    show(x, math.asin(x), math.acos(x))
show("acosh", math.acosh(1), math.acosh(2), math.acosh(1e10))
show("atanh", math.atanh(0), math.atanh(0.5), math.atanh(-0.9))
print(math.sin(-0.0), math.tan(0.0), math.atan(math.inf), math.tanh(-math.inf), math.cosh(-math.inf), math.asinh(-math.inf))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(math.atan2(math.inf, -math.inf), math.atan2(-math.inf, 5), math.atan2(3, math.inf), math.atan2(3, -math.inf))
show("atan2", math.atan2(1, 2), math.atan2(-3, -4), math.atan2(10**10, 1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1), math.degrees(-math.tau))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1), math.fmod(10**20, 7))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, math.inf))
print(math.remainder(2.5, 1), math.remainder(3.5, 1), math.remainder(-0.5, 1), math.remainder(1e300, 3.0))

for name, call in [
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("cos(-inf)", lambda: math.cos(-math.inf)),
    ("tan(nan)", lambda: math.tan(math.nan)),
    ("asin(2)", lambda: math.asin(2)),
    ("acos(-1.5)", lambda: math.acos(-1.5)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("atanh(-2)", lambda: math.atanh(-2)),
    ("sinh(1000)", lambda: math.sinh(1000)),
    ("cosh(-1000)", lambda: math.cosh(-1000)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("fmod(inf, 1)", lambda: math.fmod(math.inf, 1)),
    ("remainder(1, 0)", lambda: math.remainder(1, 0)),
    ("remainder(inf, 2)", lambda: math.remainder(math.inf, 2)),
    ("atan2(1)", lambda: math.atan2(1)),
    ("atan2(y=1, x=2)", lambda: math.atan2(y=1, x=2)),
    ("sin()", lambda: math.sin()),
    ("cos(1, 2)", lambda: math.cos(1, 2)),
    ("sin(x=1)", lambda: math.sin(x=1)),
    ("degrees('90')", lambda: math.degrees("90")),
    ("tan(None)", lambda: math.tan(None)),
    ("copysign(1)", lambda: math.copysign(1)),
]:
    try:
        print(name, call())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)
