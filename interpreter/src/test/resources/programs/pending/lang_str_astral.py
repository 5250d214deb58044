# pending: characters outside the BMP are one str item in CPython; pygen's Java strings hold them as two UTF-16 units (len, indexing, slicing, iteration: Indexing.java, Iteration.java, Builtins len)
s = "a😀b"
print(len(s), s[1], s[2], s[1:2], list(s), s[::-1], len("😀"), len(chr(0x1F600)))
print(repr("😀"), ascii("😀"), len(repr("😀")), "😀" > "\uffff", s.find("b"), s.index("😀"), s.upper())
for i, ch in enumerate("x😀y"):
    print(i, ch, ord(ch))
print(ord(chr(0x10ffff)), "\U0010ffff" == chr(1114111), len("\U0010ffff"), "😀".encode("utf-8"), b"\xf0\x9f\x98\x80".decode())
print(f"{'😀':>3}|", "😀".center(5, "*"), "%3s|" % "😀", "{:^5}".format("😀"))
