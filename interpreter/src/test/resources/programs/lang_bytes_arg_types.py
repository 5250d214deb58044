# bytes methods given an argument that is not bytes raise TypeError (found by fuzzing)
for thunk in [lambda: b"a b".split(NotImplemented), lambda: b"a b".split(3), lambda: b"a b".split("b"),
              lambda: b"xax".strip(3), lambda: b"xax".lstrip([120]), lambda: b"xax".rstrip("x"),
              lambda: b"a,b".split(b","), lambda: b"xax".strip(b"x"), lambda: b" a ".strip(None)]:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
