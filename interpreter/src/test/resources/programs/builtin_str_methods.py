# common str methods
s = "The quick brown fox"
print(s.split(), s.split(" ", 2), s.split("o"), s.rsplit(None, 1), "".split(), "a,".split(","))
print(s.lower(), s.upper(), s.replace("quick", "slow"), s.count("o"), s.count(""))
print(s.find("quick"), s.find("q", 5), s.index("fox"), s.rfind(" "), s.rindex("o"))
print(s.startswith("The"), s.startswith("quick", 4), s.endswith("fox"), s.endswith(("x", "y")))
print("  x y  ".strip(), "--x--".strip("-"), "xxay".lstrip("x"), "ayxx".rstrip("x"), "\n\tz\n".strip())
print(",".join(["a", "b"]), "".join([]), " ".join("abc"), "\n".join(["l1", "l2"]))
print("hello".center(11, "."), "42".zfill(5), "-42".zfill(5), "x".ljust(3, "_"), "x".rjust(3, "_"))
print("Hello World".swapcase(), "hello world".title(), "HELLO".capitalize(), "ß".upper())
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "12.3".isdigit(), "  ".isspace(), "".isspace())
print("abc".islower(), "aBc".islower(), "ABC".isupper(), "abc123".isalnum(), "a b".isalnum())
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "x".splitlines())
print("tab\there".expandtabs(4), "%d items" % 3, "%s=%r" % ("k", "v"), "%.2f" % 3.14159, "%5s|" % "ab")
print("{} + {} = {}".format(1, 2, 3), "{name}!".format(name="hi"), "{:>5}".format("r"), "{0:.1f}".format(2.25))
print("abcdef"[1:4], "abcdef"[::2], "abcdef"[-3:], "abcdef"[:-3], "abcdef"[::-2], "abc"[5:9])
print("a" in "abc", "abc".__len__(), "ab" * 3, "x" + str(1))
print("mississippi".replace("ss", "SS"), "mississippi".split("ss"), "mississippi".strip("mi"))
print("Hello".casefold(), "hello".removeprefix("he"), "hello".removesuffix("lo"), "hi".isidentifier())
print("a b c".split(maxsplit=1), "  lead".split(" "), "one  two".split(" "))
print(str.upper("x"), "ABC".lower().upper(), "x".join(map(str, range(3))))
words = "the cat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(words, key=len), sorted(words, key=lambda w: (len(w), w)), "-".join(reversed(words)))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
