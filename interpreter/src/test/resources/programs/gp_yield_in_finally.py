# yield inside finally clauses, on normal exit, on exception and on return
def gen(mode):
    try:
        yield "body"
        if mode == "raise":
            raise KeyError(mode)
        if mode == "return":
            return "returned"
        yield "body end"
    finally:
        yield "finally 1 (" + mode + ")"
        yield "finally 2"
    yield "after try"

for mode in ["normal", "return", "raise"]:
    g = gen(mode)
    got = []
    try:
        for v in g:
            got.append(v)
    except KeyError as e:
        got.append("KeyError " + str(e))
    print(mode, got)
