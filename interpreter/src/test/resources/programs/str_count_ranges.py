# str.count for one character and longer substrings, over start/end ranges
s = "a\nbb\n\nccc\n"
for sub in ["\n", "b", "z", "", "bb", "\n\n"]:
    for a in [None, 0, 1, 2, 5, -3, 100]:
        for b in [None, 0, 3, 4, -1, 100]:
            print(repr(sub), a, b, s.count(sub, a, b) if b is not None else (s.count(sub, a) if a is not None else s.count(sub)))
print("é€x€".count("€"), "é€x€".count("€", 2))
