# repr vs str vs ascii for strings, numbers and nested containers
values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "back\\slash", "\x00\x07\x1b\x7f",
          "é", "ÿ", "\x80\x9f\xa0", "☃", "\u200b", "\ud7ff", "\u2028", "", " "]
for v in values:
    print(repr(v), ascii(v), str(v) == v, len(repr(v)))
print(repr([1, "a", 2.5, None, True]), str([1, "a"]), ascii(["é", "x"]), str(("é",)), repr({"k": "v"}), ascii({"é": 1}))
print(repr(1.0), str(1.0), repr(1e16), repr(-0.0), repr(float("inf")), repr(2 ** 70), repr(True), ascii(3.5))
print(repr(b"\x00a'"), str(b"xy"), ascii(b"\xff"), repr(bytes(range(5))), repr(range(1, 5, 2)), repr(slice(1, None)))
print(repr(set()), repr({1, 2}), repr(frozenset({3})), repr(()), repr((1,)), repr([[]]), repr({}), repr([{}, ()]))
nested = {"list": [1, (2, "three")], "set": {4}, "str": "q'\"", "none": None}
print(repr(nested))
print(str(nested) == repr(nested), ascii(nested) == repr(nested))
print(f"{'x'!r} {'é'!a} {'é'!s} {[1]!r}", "{!r}".format("é"), "%r %a %s" % ("é", "é", "é"))
print(repr("a" * 3 + "'"), repr("\\n"), repr("\\"), repr("'\""), str(repr("x")), repr(repr("x")))
print(ascii("naïve café ☕"), ascii(123), ascii(None), ascii([1.5]))
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
print(repr(lst), repr(d), str(lst))
