# "%d" of an int and f"{x}" / format(x) with an empty spec take shortcuts for small ints and
# floats; they must agree with the general path at the edges: the long range, big ints,
# bools, floats truncated by %d, signs, widths, zero padding and precision.
values = (0, 7, -7, 123456789012, -9223372036854775808, 9223372036854775807,
          -9223372036854775807, 2**70, -2**70, True, False, 3.9, -3.9)
for v in values:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%+.4d|%i|%u" % ((v,) * 10))
    print(f"{v}|{v:5}|{v!r}", format(v), "%s" % v)
print(f"{1.5}", f"{-0.0}", f"{1e300}", f"{float('nan')}", f"{float('-inf')}", f"{10**20}")
print("%d%%" % 50, "%%d", "%d%d" % (1, 2), "a%db%dc" % (3, -4), "%(n)d" % {"n": 9})
print("x" * 3 + "%d" % 5 + "y", "%c%d" % (65, 66), "%5s|%-6d|" % ("ab", 12))
for bad in (lambda: "%d" % "s", lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%" % ()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
