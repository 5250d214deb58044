print(b"%d-%s" % (5, b"x"), b"%5.1f|" % 2.25, b"%x %o %c" % (255, 8, 65), b"%-4s|" % b"ab", b"%%")
print(b"%(k)s" % {b"k": b"v"}, b"%r" % "x" if False else b"%a" % "\xe9")
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
