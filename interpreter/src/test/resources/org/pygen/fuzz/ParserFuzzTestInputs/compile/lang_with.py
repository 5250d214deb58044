# with-as: files and a class-free context manager (an open file object)
path = "/tmp/pygen_conf_with_1.txt"
with open(path, "w") as f:
    print("inside with, closed =", f.closed)
    f.write("alpha\nbeta\n")
print("after with, closed =", f.closed)

with open(path) as f:
    content = f.read()
print(repr(content))

def first_line(p):
    with open(p) as fh:
        return fh.readline()
print(repr(first_line(path)))

def read_until(p, stop):
    with open(p) as fh:
        for line in fh:
            if line.startswith(stop):
                break
            print("line:", line.rstrip())
    return fh.closed
print(read_until(path, "beta"))

try:
    with open(path) as fh:
        print("about to fail")
        raise ValueError("inside with")
except ValueError as e:
    print("caught", e, "closed =", fh.closed)

with open(path) as r, open(path, "a") as a:
    print("reader sees", len(r.read()), "chars")
    print("write returned", a.write("gamma\n"))
with open(path) as f:
    print(f.read().split())

for i in range(3):
    with open(path, "w") as f:
        f.write(str(i))
        if i == 1:
            continue
    print("iteration", i, "closed", f.closed)
with open(path) as f:
    print("final", f.read())
