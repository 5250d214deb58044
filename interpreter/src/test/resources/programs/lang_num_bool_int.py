# bool is an int subclass: arithmetic, sums, indexing, repr, isinstance and identity of results
print(True + True, True - False, True * 10, -True, +True, ~True, ~False, True / 2, True // 2, True ** 10)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)), sum([True] * 5, 10))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), type(True + 0).__name__, type(True & True).__name__)
print(True & False, True | False, True ^ True, type(True | False).__name__, True & 3, 6 | True, True << 3, 8 >> True)
print(["no", "yes"][True], "abc"[False], (1, 2)[True], {True: "t"}[1], {1: "one"}[True])
print(True == 1, False == 0, True is True, True != 2, True < 2, False > -1, max(True, 0.5), min(False, -0.0))
print(str(True), repr(False), int(True), float(False), bool(2), bool(-0.0))
print(f"{True}", f"{True:d}", f"{True:>6}", f"{False!r}", "%d %s %r" % (True, True, False), format(True, "^7"))
print(divmod(True, True), round(True), abs(False), pow(True, 5), hash(True), hash(False), True.real, True.imag)
print(True.bit_length(), False.bit_length(), True.conjugate(), True.numerator, True.denominator)
print(True + 0.5, True * 1.5, 3 - True, 2 ** False, [0] * True, "x" * False + "y" * True)
print(sorted([True, False, 2, -1, 0.5]), list(map(bool, [0, 1, "", "a", [], [0], None])))
print(bool(), bool(None), bool(0.0), bool(0.1), bool("False"), bool(" "), bool(range(0)), bool({}))
count = 0
for flag in [True, False, True]:
    count += flag
print(count, type(count).__name__, True + True == 2, type(True + True) is int)
x = True
x += 1
print(x, type(x).__name__)
x = True
x &= False
print(x, type(x).__name__)
print(all([]), any([]), not True, not 0, (not 1) + 1, True and 5, False or 7, 0 or False)
print(int("1") == True, True in [1], 1 in [True], [True].index(1), [1, True, 1.0].count(True))
