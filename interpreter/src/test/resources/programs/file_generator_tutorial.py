# reading a file lazily with generators, as a pipeline
path = "/tmp/pygen_conf_files_4.txt"
with open(path, "w") as f:
    for i in range(1, 11):
        f.write(f"{i},item{i},{i * 1.5}\n")

def read_lines(p):
    print("opening")
    with open(p) as fh:
        for line in fh:
            yield line
    print("closed")

def parse(lines):
    for line in lines:
        num, name, price = line.strip().split(",")
        yield int(num), name, float(price)

def expensive(rows, limit):
    for row in rows:
        if row[2] > limit:
            yield row

rows = expensive(parse(read_lines(path)), 10)
print("pipeline ready")
print(next(rows))
for r in rows:
    print(r)
total = sum(price for _, _, price in parse(read_lines(path)))
print(total)
