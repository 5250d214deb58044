# zip(strict=True) checks that all arguments end together
def src(n):
    for i in range(n):
        print("  gives", i)
        yield i

print(list(zip(src(2), "ab", strict=True)))
try:
    list(zip(src(3), "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", src(3), strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", "ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
