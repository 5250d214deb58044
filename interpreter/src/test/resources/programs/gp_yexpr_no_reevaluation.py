# nothing before the yield is evaluated twice when the generator resumes
calls = []
def f(name):
    calls.append(name)
    return len(calls)

def gen():
    r = f("a") + f("b") * (yield "y1") - f("c")
    print("r", r, calls)
    r = [f("d"), [f("e"), (yield "y2")], f("g")]
    print("r", r, calls)
    r = f("h") if (yield "y3") else f("i")
    print("r", r, calls)
    r = str(f("j")) + f"{f('k')}{(yield 'y4')}{f('l')}"
    print("r", r, calls)

g = gen()
print(next(g), calls)
print(g.send(2), calls)
print(g.send("Y"), calls)
print(g.send(False), calls)
try:
    g.send("-")
except StopIteration:
    print("done", len(calls))
