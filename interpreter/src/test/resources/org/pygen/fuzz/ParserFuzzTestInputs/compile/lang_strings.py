# strings: literals, escapes, indexing, slicing, methods
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:1])
print(len(s), len(""), "abc" * 3, "-" * 0, "a" + "b" + "c")
print('single', "double", '''triple
line''', """another""", 'it\'s', "say \"hi\"", "tab\tend", "back\\slash")
print("a\nb")
print(repr("a\nb"), repr('q"'), repr("q'"), repr("both'\""), repr(""), repr("\t"))
print(s.upper(), s.lower(), s.title(), "hello world".capitalize(), s.swapcase())
print(s.find("o"), s.find("o", 5), s.find("z"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.startswith("Hell"), s.endswith("d"), s.startswith(("x", "H")), "42".isdigit(), "ab".isalpha())
print("  pad  ".strip() + "|", "  pad  ".lstrip() + "|", "  pad  ".rstrip() + "|", "xxhixx".strip("x"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a b c".rsplit(" ", 1))
print("-".join(["x", "y", "z"]), "".join(str(i) for i in range(5)), ", ".join([]))
print("line1\nline2\n".splitlines(), "aaa".replace("a", "b"), "aaa".replace("a", "b", 2))
print("7".zfill(3), "ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4) + "|")
print("abc".isupper(), "ABC".isupper(), " ".isspace(), "Abc".islower(), "a1".isalnum())
print(str(12), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str("x"))
print(ord("A"), chr(97), "b" in "abc", "abc".partition("b"), "abc".partition("z"))
print(f"{'nested'}", "%s and %d" % ("x", 5), "{} {}".format(1, 2), "{1}{0}".format("a", "b"))
for ch in "héllo":
    print(ch, end=".")
print()
print(len("héllo"), "ÄÖ".lower())
u = "snow ☃ and emoji"
print(u, len(u), u[5], u.upper())
parts = []
for i, word in enumerate("the quick brown fox".split()):
    parts.append(word[0].upper() + word[1:])
print(" ".join(parts))
print("abc" < "abd", "abc" == "abc", "a" * 3 == "aaa", "x".join("abc"))
print("a" "b" 'c', ("implicit "
      "concatenation"))
