# round(): half-to-even, ndigits incl. negative, float vs int results, errors
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1e16 + 1, 4.5000001):
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.5, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1245, -1), round(15, -1), round(25, -1))
print(round(5, 2), round(5, -1), round(5, -2), round(50, -2), round(150, -2), round(250, -2))
print(round(2 ** 70 + 5, -1), round(-(10 ** 20) - 50, -2), round(10 ** 20, -25), type(round(7, -1)).__name__)
print(round(3.14159, 3), round(3.14159, 10), round(1e-10, 5), round(123.456, -5), round(1e300, -300))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(1 / 3, 4), round(2 / 3, 4), round(-2 / 3, 2))
print(round(True), round(False, 2), round(7), round(-7.0), round(7.9999), round(-0.0), round(0.0, 3))
print(round(float("inf"), 2), round(float("nan"), 1), round(1e308, -307))
print(round(5.5, None), round(x=6.5) if False else round(6.5), round(100.0, -3), round(500.0, -3))
for thunk in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round("1.5"),
              lambda: round(1.5, 1.0), lambda: round(), lambda: round(1, 2, 3), lambda: round(-float("inf")),
              lambda: round(1.7976931348623157e308, -308)]:
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
