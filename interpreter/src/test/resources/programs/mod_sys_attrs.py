# sys.maxsize, sys.platform, sys.version_info, sys.byteorder, recursion limit, argv
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.maxsize + 1, -sys.maxsize - 1)
print(sys.platform in ("linux", "darwin", "win32"), type(sys.platform).__name__)
print(sys.byteorder in ("little", "big"))
print(sys.version_info[:2], sys.version_info[0], sys.version_info >= (3, 8), len(sys.version_info))
print(sys.version_info[3], type(sys.version_info[4]).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0], sys.exc_info()[1])
for bad in (lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
