# yield in less common expression positions CPython allows
def gen():
    def inner(a=(yield "default value?")):
        return a
    print("default:", inner())
    assert (yield "assert?"), "assertion text"
    print("assert passed")
    x = (y := (yield "walrus?")) + 1
    print("walrus", y, x)
    items = {(yield "key?"): "v"}
    print("dict", items)
    s = {(yield "set item?")}
    print("set", s)
    t = (yield "t1"), (yield "t2")
    print("tuple", t)
    with open((yield "path?"), "w") as f:
        f.write("ok")
    print("wrote file")
    raise ValueError((yield "error message?"))

g = gen()
out = [next(g)]
try:
    for v in [5, True, 41, "k", "s", 1, 2, "/tmp/gp_yexpr_odd_places.txt", "final"]:
        out.append(g.send(v))
except ValueError as e:
    out.append("ValueError: " + str(e))
print(out)
