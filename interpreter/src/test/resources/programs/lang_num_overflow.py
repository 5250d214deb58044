# OverflowError and friends from float arithmetic and conversions
for thunk in [lambda: 10.0 ** 400, lambda: 2.0 ** 10000, lambda: (-10.0) ** 401, lambda: 1e308 * 10,
              lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: 10 ** 400 / 3, lambda: 3 / 10 ** 400,
              lambda: 10 ** 400 + 0.5, lambda: 10 ** 400 < 1e308, lambda: int(1e308) * 10 > 1e308,
              lambda: 1e200 * 1e200, lambda: 2 ** 1024 // 1.5, lambda: round(1e308 * 10),
              lambda: pow(10.0, 400), lambda: pow(2, 10000.0), lambda: 0.5 ** 10000, lambda: (-0.5) ** 1001,
              lambda: 1.0 / (10 ** 400), lambda: (10 ** 400) % 1.5, lambda: divmod(10 ** 400, 2.0),
              lambda: 1e-320 / 1e10, lambda: 2.0 ** -1075, lambda: 2.0 ** 1023 * 2, lambda: -(2.0 ** 1023) * 2]:
    try:
        print(thunk())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e, e.args)
x = 1.0
steps = 0
while x != float("inf"):
    x *= 10
    steps += 1
print(steps, x, -x, x - x, x * 0)
try:
    y = 10.0
    for i in range(20):
        y = y ** 2
except OverflowError as e:
    print("after", i, "squarings:", e)
