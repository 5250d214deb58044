# str, int, float, bool, repr, list, tuple conversions
print(int("42"), int("  17  "), int("-5"), int("+8"), int("\t9\n"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("101", 2), int("z", 36), int("0b11", 0))
print(int(3.99), int(-3.99), int(1e18), int(True), int(), int("0"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float(7), float("inf"), float(), float("-0"))
print(float(2 ** 60), float("3"), float(".5"), float("nan") != float("nan"))
print(str(42), str(-0.5), str([1, 2]), str(None), str(), str("s"), str(2 ** 65))
print(bool(0), bool(1), bool(-1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool())
print(bool(0.0), bool(()), bool({}), bool(range(0)), bool(range(1)))
print(repr(1), repr(1.0), repr("a'b"), repr([1, "x", None]), repr((1,)), repr(True))
print(repr(0.1), repr(1e22), repr(1e-7), repr(123.456), repr(-0.0), repr(2.0 ** 60))
print(list("abc"), list((1, 2)), list({"k": 1}), list(x for x in range(2)), list())
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple())
print(str(1.0), str(10.0 ** 16), str(1.5e300), str(12345.678), str(0.000123))
print(int(float("12.7")), round(float("12.5")), int("-0"), int(" 00012 "))
for bad in ["x", "1.5", "", " ", "12a", "0x1F"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], (tuple, list)), isinstance(None, object), isinstance(1.0, (int, float)))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type([]).__name__, type(()).__name__)
print(type({}).__name__, type(None).__name__, type(2 ** 100).__name__, type(len).__name__)
