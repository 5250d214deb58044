# yields inside arithmetic: operands left to right, operator precedence kept
def gen():
    r = (yield "a") + (yield "b") * (yield "c")
    print("a + b * c =", r)
    r = -(yield "neg") ** 2
    print("-(x ** 2) =", r)
    r = ((yield "p") - (yield "q")) // 2 % 7
    print("(p - q) // 2 % 7 =", r)
    r = not (yield "flag")
    print("not flag =", r)
    return r

g = gen()
print(next(g))
for v in [2, 3, 4, 5, 20, 6, 0]:
    try:
        print(g.send(v))
    except StopIteration as e:
        print("returned", e.value)
