print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("00ff"))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex((0.1).hex()) == 0.1)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(b""), dict.fromkeys("ab", 0))
for thunk in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: float.fromhex("x")]:
    try:
        print(thunk())
    except ValueError as e:
        print(type(e).__name__, e)
