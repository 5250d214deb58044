# int() of floats truncates toward zero; huge floats give exact big ints; inf and nan refuse
for v in (0.0, -0.0, 0.999, -0.999, 1.5, -1.5, 2.5, 1e15 + 0.5, 1e16, 1e20, -1e20, 1e300, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64):
    print(v, int(v), type(int(v)).__name__)
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971, len(str(int(1e308))), int(5e-324))
print(int(float("9007199254740993")), int(9007199254740993.0), int(0.1 + 0.2), int(4.35 * 100))
print(int(-7 / 2), -7 // 2, int(7 / 2), int(-3.99999), round(-3.99999), int("-3") == int(-3.5))
print((7.9).__trunc__() if False else int(7.9), int(2.5e-10), int(-2.5e-10), int(123456789.987654321))
for v in (float("inf"), float("-inf"), float("nan"), -float("nan")):
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    for f in (round, lambda x: x // 1, lambda x: divmod(x, 1), lambda x: x % 1):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print([int(x) for x in (1.1, 2.9, -2.9, 1e2)], sum(int(x) for x in [0.5] * 10), int(sum([0.1] * 10)))
