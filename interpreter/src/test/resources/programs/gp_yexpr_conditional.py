# conditional expressions: only the chosen branch's yield runs; the condition itself may yield
def gen(flag):
    r = (yield "then") if flag else (yield "else")
    print("branch value", r)
    r = "big" if (yield "cond") > 10 else "small"
    print("size", r)
    r = (yield "a") if (yield "which") else (yield "b")
    print("picked", r)

g = gen(True)
print(next(g))
print(g.send("T"))
print(g.send(50))
print(g.send(False))
try:
    g.send("bee")
except StopIteration:
    print("end 1")
g = gen(False)
print(next(g))
print(g.send("E"))
print(g.send(3))
print(g.send(1))
try:
    g.send("ay")
except StopIteration:
    print("end 2")
