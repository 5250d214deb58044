# str.encode / bytes.decode with encodings and error handlers
s = "naïve café ☃"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "ascii", "cp1252", "UTF8", "Latin1"]:
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try:
        print(errors, s.encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
raw = b"ok \xff\xfe bad \xc3\xa9 good"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, repr(raw.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
print(raw.decode("latin-1"), b"\x80abc".decode("cp1252", "replace"), b"caf\xe9".decode("latin-1"))
print("abc".encode(), "abc".encode(encoding="utf-8"), "é".encode("utf-8", errors="strict"), "".encode())
print(b"\xe2\x98\x83".decode(), b"\xe2\x98".decode("utf-8", "replace"), b"a\xe2\x98".decode("utf-8", "ignore"))
print(len("é".encode("utf-8")), len("€".encode("utf-8")), len("€".encode("utf-16-le")), "€".encode("cp1252"))
for thunk in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("no-such-codec"), lambda: "é".encode("ascii"),
              lambda: b"\xc3".decode("utf-8"), lambda: b"\xc3(".decode("utf-8"), lambda: "x".encode("utf-8", "nope"),
              lambda: b"\xff".decode("ascii")]:
    try:
        print(thunk())
    except (LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), ValueError), issubclass(UnicodeEncodeError, UnicodeError))
