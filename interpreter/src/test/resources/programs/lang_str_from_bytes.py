print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "latin-1"), str(b"x\xffy", "utf-8", "replace"))
try:
    str(b"x", "nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    str("already text", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
