# mode 'a', iteration over lines, readlines-like collection
path = "/tmp/pygen_conf_files_2.txt"
with open(path, "w") as f:
    f.write("header\n")
for i in range(3):
    with open(path, "a") as f:
        n = f.write(f"appended {i}\n")
    print("wrote", n)
with open(path, "a") as f:
    f.write("tail without newline")

with open(path) as f:
    for line in f:
        print(repr(line))

with open(path) as f:
    numbered = [(i, line.rstrip("\n")) for i, line in enumerate(f, 1)]
print(numbered)

with open(path) as f:
    print(sum(1 for _ in f))

with open(path) as f:
    first = next(f)
    rest = list(f)
print(repr(first), rest)

with open(path) as f:
    print(f.readline(), end="")
    for line in f:
        if "1" in line:
            print("found:", line.strip())
            break
    print("after break:", repr(f.readline()))

def grep(p, word):
    with open(p) as fh:
        for line in fh:
            if word in line:
                yield line.strip()
print(list(grep(path, "appended")))

def lengths(p):
    with open(p) as fh:
        return [len(line) for line in fh]
print(lengths(path))
with open(path, "w") as f:
    f.write("a\n\nb\n")
with open(path) as f:
    print([line for line in f])
f = open(path)
print(iter(f) is f)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
