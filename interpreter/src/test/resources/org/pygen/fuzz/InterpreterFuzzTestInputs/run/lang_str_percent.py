# printf-style % formatting: conversions, flags, width/precision, dict argument, errors
print("%d|%i|%u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%5.2f|%-8.3f|%08.2f|%+.1f|%.0f|%f" % (3.14159, 2.5, -1.5, 2.25, 2.5, 1 / 3))
print("%-10s|%10s|%.2s|%s" % ("left", "right", "truncate", [1, "a"]))
print("%r|%s|%r|%a" % ("q'uote", "plain", 1.5, "é"))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-6x|" % (255, 255, 255, 255, 8, 8, 48879, 10))
print("%x|%o|%x" % (-255, -8, 2 ** 70))
print("%e|%E|%.2e|%10.3e|%e" % (12345.678, 0.00012, 1e100, -5.5, 0))
print("%g|%g|%g|%g|%G|%.3g|%g|%g" % (1e-5, 123456789, 0.0001, 100000.0, 1e-10, 3.14159, 1e16, 42))
print("%%|%c|%c|%5.1f%%" % ("x", 65, 99.5))
print("%(name)s is %(age)d years; %(name)r again" % {"name": "Ann", "age": 7})
print("%(x)5.1f|%(y)-4s|" % {"x": 2.25, "y": "ab"}, "%s" % {"k": 1}, "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
print("%s %s" % ("a", "b"), "%s" % "solo", "%d" % 3.99, "%s" % None, "%d%%" % 50)
print("%i|%d|%s" % (True, False, True), "%.3s" % "abcdef", "%5s|" % "é", "%-3c|" % "z")
print("%f|%f|%f" % (float("inf"), float("-inf"), float("nan")), "%d" % 2 ** 64)
print("%.15g|%.17g|%.1e" % (0.1, 0.1, 0.05), "%s|%r" % (0.1 + 0.2, 1e16))
print("no args" % (), "%s" % [], "%s" % ([],), "%r" % (("t",),))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", 1),
                  ("%(missing)s", {"k": 1}), ("%c", "ab"), ("%x", 1.5), ("%d", None), ("%", 1),
                  ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s and %s" % (1, 2), "%5.1s|" % "xyz", "%#.3g" % 1.0, "%#.0f" % 2.0, "%+05d" % -3)
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in rows:
    print("%-8s %6.2f x%3d = %7.2f" % (name, price, qty, price * qty))
