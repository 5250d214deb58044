# bytes: literals, repr, indexing gives ints, methods, conversions, errors
b = b"Hello, World"
print(b, len(b), b[0], b[-1], b[:5], b[::-1], b[7:], type(b[0]).__name__, type(b[:1]).__name__)
print(b"\x00\x01\xff", b"tab\there", b"q'", b'q"', b"both'\"", b"\\", b"\x7f\x80", rb"raw\n")
print(repr(b""), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b"hello".capitalize())
print(b.find(b"o"), b.find(b"o", 5), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108))
print(b.startswith(b"Hell"), b.endswith((b"x", b"ld")), b"o" in b, 111 in b, 200 in b, b"" in b)
print(b.split(b", "), b"a b  c".split(), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", b"b", b"c"]), b"".join([]))
print(b"a-b-c".partition(b"-"), b"a-b-c".rpartition(b"-"), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"abc".hex(), b"\x01\x02".hex(), b"".hex(), b"xyz".hex(":"), b"abcde".hex("-", 2), b"abcde".hex(b" ", -2))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), "naïve".encode(), "abc".encode("ascii"), b"\xe9".decode("latin-1"))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"abc" == b"abc", b"abc" < b"abd", b"b" > b"abc", b"" < b"\x00")
print(list(b"abc"), tuple(b"\x00\xff"), sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"cab"))
print(bytes([x + 1 for x in b"HAL"]), bytes(reversed(b"abc")), b"abc"[1], b"abc"[1:2])
print(b"a\nb\r\nc".splitlines(), b"x".ljust(3, b"."), b"x".rjust(3))
print(b"hello world".title(), b"  x ".strip(b" "), b"aaa".count(b"a"), b"abcabc".rindex(b"c"), b"abc".endswith(b""))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc" == "abc", b"a" != "a", bytes() == b"")
for thunk in [lambda: b"abc"[5], lambda: bytes([256]), lambda: bytes([-1]), lambda: b"ab" + "c",
              lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"), lambda: bytes("x"),
              lambda: b"abc".index(b"z"), lambda: b"x"[0:1].join(["a"]),
              lambda: bytes(-1), lambda: 300 in b"abc", lambda: "s" in b"abc", lambda: b"abc".split(b"")]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
