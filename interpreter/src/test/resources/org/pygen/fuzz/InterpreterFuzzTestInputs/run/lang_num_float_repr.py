# float repr: shortest round-trip digits, exponent thresholds, signed zero, inf and nan
vals = [0.1 + 0.2, 0.1, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e22, 1e23,
        1e-7, 1e-4, 1e-5, 0.0001, 0.00001234, -0.0, 0.0, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 9007199254740993.0, 1.5, 100.0, 1e100, 12345.6789, 3.0e-10,
        float("inf"), float("-inf"), float("nan"), 1.1 * 1.1, 0.1 * 3, 4.35 * 100, 1 - 0.9,
        2.675, 1e21, 999999999999999.9, 9999999999999998.0, 0.5e-6, 1234567890123456.7]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, -0.0, 1e16], (2.5,), {1.5: 0.25})
print(float(10 ** 16), float(2 ** 63), float(-(2 ** 53) - 1), 2.0 ** 100, 10.0 ** -20)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 1e-400, float("1e-400"), float("-0"))
print(0.1 + 0.7, 3 * 0.1 == 0.3, round(0.1 + 0.2, 10), 1e16 + 2, 1e16 + 1)
print(float("0.1000000000000000055511151231257827"), float("123.4560"), float("1E3"), float("1e+3"))
print(str(1.0), str(-1.0), str(1e5), str(1.0e-5), str(123456.0), str(1234567890123.0))
print(7.0 / 2, 7 / 2.0, 8 / 4, -1 / 3, 2 ** 0.5, 10 / 3 * 3, 1e308 * 10 / 1e308)
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), float("inf").hex())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(float("nan") == float("nan"), float("inf") == float("inf"), -0.0 == 0.0, repr(-0.0 + 0.0))
