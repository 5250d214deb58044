# close() runs the exit of a with block around the yield: the file gets closed
path = "/tmp/gp_close_with_file.txt"
with open(path, "w") as out:
    out.write("alpha\nbeta\ngamma\ndelta\n")

handles = []
def lines(p):
    with open(p) as f:
        handles.append(f)
        for line in f:
            yield line.rstrip("\n")
        print("loop finished normally")
    print("after with")

g = lines(path)
print(next(g), next(g))
print("open while suspended:", not handles[0].closed)
g.close()
print("closed after close():", handles[0].closed)
print(list(lines(path)))
print("second file closed:", handles[1].closed)
g = lines(path)
print(next(g))
try:
    g.throw(KeyError("stop"))
except KeyError:
    print("closed after throw:", handles[2].closed)
