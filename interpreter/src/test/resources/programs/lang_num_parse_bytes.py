print(int(b"12"), int(b" -3 "), int(b"ff", 16), int(b"0x10", 0), float(b"1.5"), float(b" -2e3 "))
for thunk in [lambda: int(b"x"), lambda: float(b"x"), lambda: int(b"1.5")]:
    try:
        print(thunk())
    except ValueError as e:
        print(type(e).__name__, e)
