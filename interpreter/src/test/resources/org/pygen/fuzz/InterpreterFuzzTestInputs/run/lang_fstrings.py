# f-strings: arbitrary expressions, nested quotes, format specs, conversions
name = "pygen"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value"}
print(f"hello {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5} {-n} {n ** 2}")
print(f"{name.upper()} {len(name)} {name[1:3]} {name[::-1]}")
print(f"{items} {items[0]} {items[-1]} {sum(items)} {[x * 2 for x in items]}")
print(f"{d['key']} {d}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{n!r} {name!r} {name!s} {pi!r}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|{n:05d}|{n:+d}|{-n:d}")
print(f"{pi:.2f}|{pi:8.3f}|{pi:<8.1f}|{pi:e}|{pi:.3g}|{1234567.0:,.1f}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}|{name!r:>10}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {1000000:,} {0.25:%}")
width = 7
prec = 2
print(f"{pi:{width}.{prec}f}|{name:{width}}|")
print(f"{{literal braces}} {{{n}}}")
print(f"{n if n > 40 else 0} {(lambda x: x + 1)(n)} {'yes' if name else 'no'}")
print(f"{n=} {name=}")
print(f"{'a' + 'b'!r} {3.0} {1e20} {1/3} {True} {None}")
print(f"multi {n} " f"part {name}" " plain")
print(f"{','.join(str(i) for i in range(4))}")
print(f"{f'{n}'} {f'{name!r}'}")
x = 0.1 + 0.2
print(f"{x} {x:.1f} {x!r} {str(x)}")
print(f"{12:>{width}}|{'%':>3}|")
print(f"{'tab':>6}\t{n}")
print(f"{2**70} {-2**70:,} {2**70:x}")
