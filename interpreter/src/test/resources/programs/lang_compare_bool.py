# comparisons, chains, not/and/or returning operands
lst = [1]
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2, "a" < "b", "ab" < "b")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1, [2]] == [1, [2]], (1, 2) < (1, 2, 0))
print(None is None, None is not None, None == None, lst is not None)
print(1 in [1, 2], 3 not in (1, 2), "el" in "hello", "x" in {"x": 1}, 2 in range(3))
print(not 0, not 1, not "", not "a", not [], not None, not not 3)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0)
print(0 or "" or None, 1 and "a" and [1], 1 and 0 and 3)
print(v(0) and v(1))
print(v(1) or v(2))
print(True and False or True, not True or True, not (True or True))
print(True == 1, False == 0, True is True, bool(0.0), bool("0"), bool([0]))
print(type(True).__name__, type(None).__name__, True + 0, str(False), repr(None))
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 and x != 4)
print("yes" if x > 3 else "no", "yes" if x > 9 else "no")
print(1 < 2 == True, (1 < 2) == True, 2 == 2.0 == 2)
print(float("nan") == float("nan"), 0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16)
print(max("apple", "banana"), "Z" < "a", [] == [], () == (), [] == ())
