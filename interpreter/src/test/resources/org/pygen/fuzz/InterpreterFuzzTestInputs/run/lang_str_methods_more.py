# str methods with ranges, maxsplit, line endings, padding, predicates, join errors
s = "abracadabra"
print(s.find("a", 1), s.find("a", 1, 3), s.find("bra", -4), s.rfind("a", 0, -1), s.find(""), s.find("", 50))
print(s.count("a"), s.count("a", 3), s.count("a", 3, 7), s.count("abra"), s.count("", 2, 5))
print(s.index("c"), s.rindex("b"), s.startswith("bra", 1), s.startswith(("x", "abr")), s.endswith("cad", 0, 7))
print(s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""), s.replace("zz", "y"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "  a  b ".split(None, 1))
print(" a  b  c ".rsplit(None, 1), "x".split("x"), "".split(","), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight".splitlines())
print("a\r\nb\n\nc".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("|" + "ab".center(7) + "|", "|" + "ab".center(6, "*") + "|", "ab".center(1), "abc".center(6, "-"))
print("5".zfill(3), "-5".zfill(4), "+5".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("x".ljust(5, "."), "x".rjust(5, "."), "long".ljust(2), "%".rjust(3, "%"))
print("hello world".title(), "they're bill's".title(), "HELLO".title(), "a1b2c3".title())
print("hello".capitalize(), "hELLO wORLD".capitalize(), "123abc".capitalize(), "".capitalize())
print("  \t x \n".strip(), "xxhixyx".strip("xy"), "www.example.com".lstrip("w."), "a.txt".rstrip(".txt"))
print("abc".startswith(""), "abc".endswith(("c", "z")), "abc".startswith("b", 1, 2), "".startswith(""))
print(",".join(["a"]), ", ".join(str(i) for i in range(3)), "".join(reversed("abc")), "-".join({"k": 1}))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("123".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "".isdigit())
print("Hello World".istitle(), "Hello world".istitle(), "abc".isascii(), "é".isascii(), "\t".isprintable())
print("_x1".isidentifier(), "1x".isidentifier(), "class".isidentifier(), "ÄÖ".isalpha(), "a b".isspace())
print("Straße".upper(), "İ".lower() == "i̇", "ǅ".upper(), "ǅ".lower(), "ΣΑΣ".lower())
print("a-b_c d".replace("-", " ").replace("_", " ").split(), "x".join(["1", "2", "3"]))
print("hello"[::-1], "hello"[1:-1], "%s" % "x" * 3, "ab" < "abc", "B" < "a", "é" > "z")
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1"}), "banana".translate(str.maketrans({"a": "o", "n": "m"})))
print("tab\tsep\tline".expandtabs(), "a\tbb\tccc\t".expandtabs(3), "x\ty".expandtabs(0))
print("aaa".partition("a"), "aaa".rpartition("a"), "no".rpartition("x"), "k=v=w".partition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc" - "b"
except TypeError as e:
    print(type(e).__name__, e)
print("x".removeprefix(""), "prefix-body".removeprefix("prefix-"), "a.py".removesuffix(".py"), "abc".removesuffix("x"))
print("  spaced  out  ".split(" "), "1,2;3".replace(";", ",").split(","), "CamelCaseWord".swapcase())
