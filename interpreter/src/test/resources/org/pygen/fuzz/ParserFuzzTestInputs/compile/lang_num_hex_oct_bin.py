# hex/oct/bin, abs and divmod: negatives, big ints, bools, and format equivalents
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 1, True, False):
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#o"), f"{n:#b}")
print(int(hex(2 ** 100), 16) == 2 ** 100, int(oct(-99), 8), int(bin(12345), 2), int(bin(-5), 0))
print(hex(0xDEADBEEF), oct(0o777), bin(0b1010), 0x_FF, 0o_17, 0b_1_0, 1_000.5, 0xff + 0o7 + 0b1)
print(abs(-7), abs(7), abs(-7.25), abs(-0.0), abs(float("-inf")), abs(-(2 ** 100)), abs(True), abs(False))
print(abs(-9223372036854775808), -(-9223372036854775808), abs(-2 ** 63 + 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 7))
print(divmod(17.5, 5), divmod(-17.5, 5), divmod(1e20, 3), divmod(10 ** 30, 7), divmod(True, 2))
print(divmod(7, 0.5), divmod(-1, 10 ** 20), divmod(-(10 ** 20), 1))
for thunk in [lambda: hex(1.5), lambda: oct("7"), lambda: bin(None), lambda: abs("x"),
              lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: divmod(2.0, 0.0), lambda: hex()]:
    try:
        print(thunk())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (2 ** 64).to_bytes(9, byteorder="little"), (5).to_bytes())
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (1024).bit_count())
for thunk in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "little"), lambda: (1).to_bytes(2, "middle"),
              lambda: (-129).to_bytes(1, "big", signed=True), lambda: (5).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "big", True)]:
    try:
        print(thunk())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
