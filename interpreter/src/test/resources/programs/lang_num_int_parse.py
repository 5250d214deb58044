# int(s, base): prefixes, base 0, underscores, whitespace, signs, and the error messages
print(int("10", 2), int("10", 8), int("10", 16), int("10", 36), int("Zz", 36), int("-ff", 16))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("0B11", 0), int("0O7", 0), int("0X_ff", 0), int("42", 0))
print(int("0x10", 16), int("0o10", 8), int("0b10", 2), int("  -0x10 ", 16), int("+0b1", 2))
print(int("1_000_000"), int("0x_1_0", 16), int("1_0", 0), int("0_0", 0), int("0", 0), int("000", 0), int("-0", 0))
print(int("\u0661\u0662"), int(" \t\n 7 \r\n"), int("+0"), int("00100"), int("9" * 30))
print(int("1" * 64, 2), int("z" * 13, 36))
print(int(3.7), int(-3.7), int(1e30), int(-0.0), int(True), int("  12  "), int())
for s, base in [("12", 1), ("12", 37), ("08", 0), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10),
                ("0b2", 0), ("12", 2), ("", 10), ("  ", 10), ("1.0", 10), ("0o8", 8), ("ff", 10),
                ("0x1g", 0), ("- 1", 10), ("++1", 10), ("1e5", 10), ("٣x", 10), ("0b", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
for thunk in [lambda: int(12, 10), lambda: int(None), lambda: int([1]), lambda: int("1", "2"),
              lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("1", base=2.0)]:
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int("10", base=3), int(x="11", base=2) if False else int("11", base=2))
print(int("7fffffffffffffff", 16), int("8000000000000000", 16), int("-8000000000000001", 16))
