# math: gamma, lgamma, erf and erfc, and argument errors of the one-argument functions.
import math

def show(label, *values):
    print(label, *[format(v, ".10g") for v in values])

print([math.gamma(n) for n in range(1, 12)])
show("gamma", math.gamma(0.5), math.gamma(-0.5), math.gamma(1e-25), math.gamma(5.5), math.gamma(-3.7), math.gamma(150.5))
print(math.gamma(171), math.gamma(-200.5), math.gamma(math.inf))
show("lgamma", math.lgamma(10), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1e300), math.lgamma(-1e-30))
print(math.lgamma(1), math.lgamma(2), math.lgamma(math.inf), math.lgamma(-math.inf))
show("erf", math.erf(0.1), math.erf(-0.5), math.erf(1.0), math.erf(2.5), math.erf(1e-20))
show("erfc", math.erfc(0.1), math.erfc(1.0), math.erfc(3.0), math.erfc(-2.0), math.erfc(10.0))
print(math.erf(0), math.erfc(0), math.erf(math.inf), math.erfc(-math.inf), math.erf(40), math.erfc(40), math.erf(-40))
print(math.isnan(math.gamma(math.nan)), math.isnan(math.erf(math.nan)), math.isnan(math.lgamma(math.nan)))

for name, call in [
    ("gamma(0)", lambda: math.gamma(0)),
    ("gamma(-0.0)", lambda: math.gamma(-0.0)),
    ("gamma(-3)", lambda: math.gamma(-3)),
    ("gamma(-inf)", lambda: math.gamma(-math.inf)),
    ("gamma(200)", lambda: math.gamma(200)),
    ("gamma(1e-320)", lambda: math.gamma(1e-320)),
    ("lgamma(0)", lambda: math.lgamma(0)),
    ("lgamma(-4)", lambda: math.lgamma(-4)),
    ("lgamma(1e308)", lambda: math.lgamma(1e308)),
    ("erf('x')", lambda: math.erf("x")),
    ("gamma([])", lambda: math.gamma([])),
    ("erfc()", lambda: math.erfc()),
]:
    try:
        print(name, call())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)

# floor and ceil fall back on float conversion; trunc needs __trunc__
for f in (math.floor, math.ceil, math.trunc, math.modf, math.frexp, math.isnan):
    for arg in ("3", None, [1.5]):
        try:
            print(f(arg))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
