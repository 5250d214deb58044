# yields in subscripts and assignment targets: the value is evaluated before the target's parts
def gen():
    data = {"a": 1, "b": 2}
    print("read", data[(yield "which key?")])
    data[(yield "target key?")] = (yield "value?")
    print("data", data)
    seq = list(range(10))
    print("slice", seq[(yield "start"):(yield "stop"):(yield "step")])
    grid = [[0, 1], [2, 3]]
    print("cell", grid[(yield "row")][(yield "col")])
    del data[(yield "delete key?")]
    print("data", data)

g = gen()
print(next(g))
for v in ["b", "NEWVALUE", "new", 1, 9, 3, 1, 0, "a"]:
    try:
        print(g.send(v))
    except StopIteration:
        print("done")
