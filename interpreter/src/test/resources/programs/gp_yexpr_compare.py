# yields inside comparisons, including chained comparisons that short-circuit
def gen():
    r = (yield "a") < (yield "b")
    print("a < b", r)
    r = 1 < (yield "mid") < 10
    print("1 < mid < 10", r)
    r = 5 < (yield "m2") < (yield "only if 5 < m2")
    print("chain", r)
    r = (yield "item") in (yield "container")
    print("in", r)
    r = (yield "x") is None
    print("is None", r)

g = gen()
out = [next(g)]
for v in [1, 2, 5, 3, "k", {"k": 1}, None]:
    try:
        out.append(g.send(v))
    except StopIteration:
        out.append("done")
print(out)
g = gen()
next(g); g.send(2); g.send(1); g.send(20)
print(g.send(6))
print(g.send(7))
