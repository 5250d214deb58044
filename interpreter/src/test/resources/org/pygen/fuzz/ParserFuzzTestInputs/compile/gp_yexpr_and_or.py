# and/or short-circuit decides whether the yield happens at all
def gen(a, b):
    r = a and (yield "right of and")
    print("and ->", r)
    r = b or (yield "right of or")
    print("or ->", r)
    r = (yield "left") or (yield "only if left is falsy")
    print("left or ... ->", r)
    r = (yield "x") and (yield "y") and (yield "z")
    print("chain ->", r)

for a, b, sends in [(0, 1, [5, 0, "z"]), (1, 0, ["sent", "or-val", "L", 1, 2, 3])]:
    print("case", a, b)
    g = gen(a, b)
    out = [next(g)]
    try:
        for v in sends:
            out.append(g.send(v))
    except StopIteration:
        out.append("stop")
    print(out)
