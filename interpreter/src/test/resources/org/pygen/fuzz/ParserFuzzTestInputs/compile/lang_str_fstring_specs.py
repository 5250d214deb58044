# f-string format specs, conversions and the = specifier
x = 1234.5678
n = 255
s = "pyg"
neg = -42
print(f"{x:>12.2f}|{x:<12.1f}|{x:^12.3f}|{x:08.3f}|{x:+.0f}|{x:12}|")
print(f"{x!r}|{s!r}|{s!s}|{'é'!a}|{s!r:>8}|{[s]!s}|")
print(f"{x=}|{n=}|{s=}|{neg=}|{x=:.1f}|{s=!s}|{n = }|{n*2=}|")
print(f"{1234567:,}|{1234567:_}|{x:,}|{x:_.2f}|{-1234567:,d}|{12345678.9:,.1f}|")
print(f"{s:^10}|{s:*^10}|{s:-<7}|{s:>5}|{s:.2}|{s:^}|")
print(f"{n:b}|{n:o}|{n:x}|{n:X}|{n:#b}|{n:#o}|{n:#x}|{n:#X}|{n:08b}|{n:#010x}|{n:_b}|")
print(f"{x:e}|{x:.2E}|{0.000123:e}|{0:e}|{-x:.0e}|{1e100:e}|")
print(f"{0.25:%}|{0.1234:.1%}|{1:%}|{-0.5:.0%}|{2.5:08.2%}|")
print(f"{x:g}|{1e-5:g}|{123456789:g}|{1e16:g}|{0.0001:.2g}|{100:G}|{1e-10:G}|")
print(f"{neg:5}|{neg:<5}|{neg:^7}|{neg:=7}|{neg:07}|{neg:+}|{5: }|{5:+}|{-5: }|")
print(f"{3.0:.0f}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}|{1e22:.0f}|{-0.0:.1f}|")
print(f"{float('inf'):>6}|{float('-inf'):f}|{float('nan'):+}|{float('inf'):e}|")
print(f"{True:d}|{True:>5}|{False!r}|{None!r:>6}|{True}|")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{s:{'>'}{w}}|{n:{'#'}{'x'}}|{x:>{w},.{p - 1}f}|")
print(f"{'nested ' + f'{n:x}'}|{f'{s!r}':>8}|{f'{x:.1f}'!r}|")
print(f"{2**64:,}|{-2**70:_x}|{2**100:e}|{10**20:.3e}|")
print(f"{x:.3}|{x:.10}|{1/3:.5}|{123.0:.2}|{0.5:}|{1e300*10:.3}|")
print(f"{9731:c}|{ord('a'):c}|{'s':<3}|{1.5:n}|{1234:n}|")
items = [("widget", 3, 4.5), ("gizmo", 12, 0.75)]
for name, qty, price in items:
    print(f"{name:<10}{qty:>4d}{price:>8.2f}{qty * price:>10,.2f}")
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|")
for bad in [lambda: f"{s:d}", lambda: f"{n:s}", lambda: f"{x:d}", lambda: f"{n:.2s}", lambda: f"{s:,}", lambda: f"{x:c}", lambda: f"{n:zz}"]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
