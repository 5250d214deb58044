# case mapping and character classes beyond ASCII
words = ["straße", "İstanbul", "ǆemal", "ΣΊΣΥΦΟΣ", "ﬁne", "éclair", "ÀÉÎÕÜ", "ǈ", "Ⅻ", "ⓐⓑ", "ß"]
for w in words:
    print(w, w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()))
print("ΣΑΣ ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "σς".upper(), "ΐ".upper(), len("ΐ".upper()))
for s in ["abc", "ABC", "Abc", "aBc", "123", "a1", "é", "½", "²", "٣", "Ⅻ", " ", "\t\n", "\u00a0", "\u2003", "", "_", "ǅ"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier())
print("\x1f".isprintable(), "\x7f".isprintable(), "\xa0".isprintable(), "\u00ad".isprintable(), "é".isprintable())
print("ÉCOLE".lower() == "école", "Straße".casefold() == "strasse", "ﬀ".casefold(), "MASSE".casefold() == "maße".casefold())
print(sorted(["b", "A", "é", "E", "z", "Z"]), sorted(["b", "A", "é", "E"], key=str.lower), max("aé"), min("Zz"))
print("hello world".title(), "hello-world o'neil 3rd".title(), "ABC def".swapcase(), "ǳ".title(), "ǳ".upper())
print("i̇".upper(), len("İ".lower()), "ﬃ".upper(), "ŉ".upper(), "ǰ".upper())
