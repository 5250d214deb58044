# format() builtin: the format-spec mini-language for int, float, str, bool and None
print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "^6") + "|", format(42, "+"))
print(format(255, "x"), format(255, "#X"), format(255, "o"), format(255, "#b"), format(1234567, ","), format(1234567, "_"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(3.14159, "e"), format(3.14159, ".3g"), format(0.5, "%"))
print(format(1e20, "g"), format(1e-5, "g"), format(123456789.0, ",.2f"), format(-0.0, ".1f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1.0), format(1e16), format(0.1, ".20f"), format(1 / 3, ".15"), format(100.0, "g"), format(1e100, ".3"))
print(format("text", "10") + "|", format("text", ">10"), format("text", "*^10"), format("text", ".2"), format("", "3") + "|")
print(format(True), format(True, "d"), format(True, "^6") + "|", format(False, ">3"), format(None), format(None, "") + "!")
print(format(-42, "08"), format(-42, "=8"), format(42, "08_"), format(-1234.5, "010,.1f"), format(7, " "), format(-7, " "))
print(format(12345, "n"), format(0, "b"), format(-5, "b"), format(2 ** 70, "x"), format(-(2 ** 70), ","), format(9731, "c"))
print(format(0.000012345, ".2e"), format(12345.6789, "E"), format(float("nan"), "f"), format(float("-inf"), "10.2f"))
print(format(1.5, "n"), format(1e6, "n"), format(1234.5, "_.1f"), format(0.1 + 0.2, ".17g"), format(5e-324, "g"))
print(format(9.995, ".2f"), format(0.125, ".2f"), format(2.675, ".2f"), format(1.45, ".1f"), format(-1.5, ".0f"))
print(format(123.456, "+.1e"), format(123.456, "#.0f"), format(100, "#x"), format(0.5, ".0%"), format(1, ".2%"))
for value, spec in [(1, "s"), ("s", "d"), (1.5, "d"), (1, "z"), ("s", "+"), ("s", "="), (1, ".2d"), (1.5, "c"),
                    (1, "^^"), (1, "10.2.3"), (None, "d"), ([], "x"), (1, ",b"), (1, "_c")]:
    try:
        print(repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
