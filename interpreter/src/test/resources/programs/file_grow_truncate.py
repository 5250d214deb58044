# A file that grows or is truncated while a generator reads it: what is read depends on how far
# the reader has read ahead (chunks of 8192 bytes, decoded as they arrive), as in CPython.
import os
path = "/tmp/pygen_conf_file_grow_truncate.txt"


def lines(f):
    for line in f:
        yield line


# growing: appended lines are read once the buffered ones are used up, even after end of file
with open(path, "w") as w:
    w.write("one\ntwo\nthree\n")
f = open(path)
g = lines(f)
print(repr(next(g)))
with open(path, "a") as w:
    w.write("four\n")
print([l for l in g])
print(repr(f.readline()))
with open(path, "a") as w:
    w.write("five\nsix")
print([l for l in lines(f)])
with open(path, "a") as w:
    w.write(" more\n")
print(repr(f.read()))
f.close()


# a tail -f style generator: it yields None at end of file, and the caller appends a line
def follow(f):
    while True:
        line = f.readline()
        if not line:
            yield None
            continue
        yield line


h = open(path)
t = follow(h)
got = []
for i in range(12):
    v = next(t)
    if v is None:
        with open(path, "a") as w:
            w.write(f"added {i}\n")
    else:
        got.append(v)
print(got)
h.close()

# truncated while read: the buffered rest of the old content, then nothing until the file grows
# past the reader's position again
with open(path, "w") as w:
    w.write("".join(f"line {i}\n" for i in range(5)))
f = open(path)
g = lines(f)
print(repr(next(g)))
with open(path, "w") as w:
    w.write("new\n")
print(list(g))
print(repr(f.readline()), repr(f.read()))
with open(path, "a") as w:
    w.write("0123456789" * 10 + "\n")
print(repr(f.readline()))
f.close()

# big files, ASCII and UTF-8 (2 bytes for 'é'), cut below and beyond what was read ahead
for fmt in ["{:09d}\n", "{:07d}é\n"]:
    for size, cut in [(100000, 0), (100000, 50000), (30000, 20000)]:
        content = "".join(fmt.format(i) for i in range(size // 10))
        with open(path, "w") as w:
            w.write(content)
        f = open(path)
        g = lines(f)
        first = [next(g) for _ in range(1000)]
        with open(path, "w") as w:
            w.write(content[:cut])
        rest = list(g)
        print(size, cut, len(first), len(rest), repr(rest[-1]) if rest else None, repr(f.read()))
        with open(path, "a") as w:
            w.write("x" * (size + 5000 - cut) + "\ntail\n")
        print(repr(f.read()[-20:]))
        f.close()

# growing a big file while a generator iterates over it: the loop reads on to the new end
with open(path, "w") as w:
    w.write("".join(f"{i:09d}\n" for i in range(3000)))
f = open(path)
n = 0
for line in lines(f):
    n += 1
    if n == 1000:
        with open(path, "a") as w:
            w.write("".join(f"{i:09d}\n" for i in range(3000, 6000)))
print(n, repr(line))
f.close()
os.remove(path)
