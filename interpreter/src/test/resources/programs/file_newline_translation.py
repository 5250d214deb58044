# Text-mode reading translates '\r\n' and '\r' to '\n' (universal newlines), also when a '\r\n'
# is split across the reader's internal buffer, and read(n)/readline(n) count translated chars.
import os

path = "newline_translation.tmp"
with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
    f.write(b"x" * 8191 + b"\r\n" + b"y" * 16383 + b"\r" + b"\nend\r")

with open(path) as f:
    print(repr(f.read(3)), repr(f.read(1)), repr(f.read(4)), repr(f.readline()))
    two = f.readline(2)
    line = f.readline()
    print(repr(two), len(line), repr(line[:3]), repr(line[-3:]), len(f.readline()))
    rest = f.read()
    print(len(rest), rest.count("\n"), "\r" in rest, repr(rest[-5:]))

with open(path) as f:
    lines = list(f)
print(len(lines), [len(line) for line in lines], all(line.endswith("\n") for line in lines))

with open(path) as f:
    chunks = []
    while True:
        piece = f.read(1000)
        if not piece:
            break
        chunks.append(piece)
print(len(chunks), sum(map(len, chunks)), "".join(chunks).count("\n"))
os.remove(path)
