# binary file I/O: write bytes, read(n), iterate bytes as ints, mixing errors
path = "/tmp/pygen_lang_bytes_file_io.bin"
data = bytes(range(0, 256, 17)) + b"\nline two\n\x00end"
with open(path, "wb") as f:
    print(f.write(data), f.write(b""), f.write(b"!"), f.mode, f.closed)
with open(path, "rb") as f:
    print(f.mode, type(f.read(0)).__name__)
    first = f.read(4)
    print(first, len(first), list(first), first[0], type(first[0]).__name__)
    print(f.read(3), f.tell())
    rest = f.read()
    print(rest, len(rest), f.read(), f.read(10))
with open(path, "rb") as f:
    whole = f.read()
print(whole == data + b"!", len(whole), whole.count(b"\n"), whole.split(b"\n")[1])
total = 0
for byte in whole:
    total += byte
print(total, sum(whole), [b for b in whole[:5]], [hex(b) for b in whole[-4:]])
with open(path, "rb") as f:
    lines = f.readlines()
print(len(lines), lines[1:], [type(x).__name__ for x in lines][:1])
with open(path, "rb") as f:
    chunks = []
    while True:
        chunk = f.read(5)
        if not chunk:
            break
        chunks.append(len(chunk))
print(chunks, sum(chunks))
with open(path, "rb") as f:
    for i, line in enumerate(f):
        print(i, line)
with open(path, "ab") as f:
    f.write("appended ✓".encode("utf-8"))
with open(path, "rb") as f:
    print(f.read()[-12:].decode("utf-8"))
with open(path, "rb") as f:
    f.seek(3)
    print(f.read(2), f.tell())
    f.seek(0)
    print(f.read(1))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(path, "rb") as f:
    raw = f.read()
print(raw, len(raw), raw.decode("utf-8"), len(raw.decode("utf-8")))
with open(path, "r", encoding="utf-8") as f:
    print(repr(f.read()))
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
