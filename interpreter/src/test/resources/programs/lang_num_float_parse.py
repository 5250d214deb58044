# float(): strings incl. inf/nan spellings, underscores, whitespace; ints too big; error texts
for s in ["1.5", " -2.25 ", "1e3", "1E-3", "+.5", "5.", "-0", "0x10" if False else "10", "1_000.000_1",
          "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNf", "nan", "-nan", "NaN", "\t\n3.0\r ",
          "1e500", "-1e500", "1e-500", "0.1e1", "00012.5", "\u0661.\u0662"]:
    print(repr(s), float(s))
print(float(7), float(-(2 ** 60)), float(True), float(2 ** 1023), float(10 ** 308), float(), float(2.5))
for s in ["abc", "", " ", "1,5", "1.5.2", "1e", "e5", "_1.0", "1_.0", "1__0", "0x10", "in f", "nanx", "--1", "1 2"]:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for thunk in [lambda: float(2 ** 1024), lambda: float(10 ** 400), lambda: float(-(10 ** 309)), lambda: float(None),
              lambda: float([1.0]), lambda: 2 ** 1024 * 1.0, lambda: 2.0 + 10 ** 400]:
    try:
        print(thunk())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"), float("4.9e-324"), float("2e-324"))
print(float("0." + "0" * 50 + "1"), float("1" + "0" * 30), float("123456789012345678901234567890e-20"))
