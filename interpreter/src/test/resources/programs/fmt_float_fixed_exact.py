# Fixed-point formatting ({x:.2f}, "%.3f", ...) rounds the exact binary value half-even, as
# CPython does; small precisions take a shortcut that must agree at ties, carries, tiny and
# huge values; int formatting of values around the long range in every base.
import random
random.seed(3)
vals = [0.0, -0.0, 0.125, 0.375, 2.675, 1.005, 0.5, 1.5, 2.5, 0.0005, 0.0015, 0.00049999, 1e-3, 1e-4, 9.9995, 99.995,
        123456.789, 4503599627370495.5, 4503599627370496.0, 9007199254740993.0, 1e16, 1e300, 5e-324, 2.2250738585072014e-308,
        0.1, 0.2, 0.3, 1/3, 2/3, 1e15 + 0.3, 999.9995, 0.9995, 0.0625, 7.0, 69000/7]
for _ in range(150):
    e = random.randrange(-12, 18)
    vals.append(random.random() * 10 ** e)
    vals.append(random.randrange(1, 10**6) / 2 ** random.randrange(1, 12))
h = 0
lines = []
for v in vals:
    for x in (v, -v):
        s = "%.0f|%.1f|%.2f|%.3f|%#.0f|%8.2f|%-9.3f|%+.1f" % (x, x, x, x, x, x, x, x)
        t = f"{x:.0f}|{x:.1f}|{x:.2f}|{x:.3f}|{x:,.2f}|{x:>12.3f}|{x:.2%}|{x:#.0f}"
        lines.append(s + t)
for l in lines:
    print(l)
print(len(lines))
for v in (0, 5, -5, 255, -255, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 1, -2**64 - 1):
    print(f"{v:x}|{v:X}|{v:#o}|{v:b}|{v:,}|{v:_x}|{v:>10}|{v:+d}|{v:08d}|{v:#x}")
