# yield in if/elif and while conditions; while-else runs only without break
def gen():
    if (yield "if?"):
        print("if taken")
    elif (yield "elif?"):
        print("elif taken")
    else:
        print("else taken")
    n = 0
    while (yield f"continue after {n}?"):
        n += 1
        if n == 10:
            break
    else:
        print("while ended normally after", n)
    while (yield "second loop?") != "stop":
        print("loop body")
        if n > 100:
            break
    else:
        print("second while-else")

g = gen()
out = [next(g)]
for v in [0, 0, 1, 1, 0, "go", "stop"]:
    try:
        out.append(g.send(v))
    except StopIteration:
        out.append("finished")
print(out)
g = gen()
next(g)
print(g.send(1))
