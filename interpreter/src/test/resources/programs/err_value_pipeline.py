def read(lines):
    for line in lines:
        yield line.strip()

def to_int(src):
    for s in src:
        yield int(s)

data = ["1", " 2 ", "3", "x", "5"]
total = 0
for n in to_int(read(data)):
    total += n
    print("running total", total)
