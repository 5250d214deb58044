# open with 'w', 'r'; write return values; read(), read(n), readline()
path = "/tmp/pygen_conf_files_1.txt"
f = open(path, "w")
print(f.write("first line\n"), f.write("second\n"), f.write(""), f.write("ünïcödé ☃\n"))
print(f.write("no newline at end"))
f.close()
print(f.closed)

f = open(path, "r")
print(repr(f.read(5)))
print(repr(f.read(6)))
print(repr(f.readline()))
print(repr(f.readline()))
print(repr(f.read(3)))
print(repr(f.read()))
print(repr(f.read()), repr(f.readline()), repr(f.read(10)))
f.close()

f = open(path)
everything = f.read()
f.close()
print(len(everything), everything.count("\n"), repr(everything))

f = open(path)
lines = []
while True:
    line = f.readline()
    if not line:
        break
    lines.append(line)
f.close()
print(lines)

with open(path, "w") as f:
    f.write("replaced")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read(0)), repr(f.read(100)), repr(f.read(1)))
with open(path, "w") as f:
    pass
with open(path) as f:
    print("empty:", repr(f.read()), repr(f.readline()))
with open(path, "w") as f:
    for i in range(5):
        f.write(f"{i}:{i * i}\n")
with open(path) as f:
    print(f.readline().strip(), f.read(2), f.readline(), end="")
    print(f.read().split())
