# ord and chr across ASCII, Latin-1, the BMP and astral planes; their errors
for ch in ["A", "z", "0", " ", "\n", "\x00", "é", "ß", "€", "☃", "中", "\uffff"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(65), chr(97), chr(48), chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(160)), repr(chr(0x2028)))
print("".join(chr(c) for c in range(ord("a"), ord("f"))), [ord(c) for c in "hi!"], sum(map(ord, "abc")))
print(chr(ord("a") + 1), chr(ord("Z") - 25), ord(b"a"), ord(bytes([200])), ord(chr(0xffff)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
for bad in [lambda: ord(""), lambda: ord("ab"), lambda: ord(65), lambda: chr(-1), lambda: chr(0x110000),
            lambda: chr("a"), lambda: chr(1.5), lambda: ord(b"ab"), lambda: chr(2 ** 70), lambda: ord(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted("bAaB", key=ord), max("hello", key=ord), min(map(ord, "xyz")))
print("é" > "z", "Z" < "a", "\N{SNOWMAN}" == "☃")
