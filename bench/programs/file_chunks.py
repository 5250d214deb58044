# Reading a large file in 64 KiB chunks through a generator. The program writes its own input:
# a 100 MB file under /tmp (or the path given as the first argument, written if missing or of
# the wrong size), made of 1 MiB blocks, then reads it back PASSES times.
import sys

SIZE = 100 * 1024 * 1024
CHUNK = 64 * 1024
PASSES = 10
path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/pygen-bench-100mb.txt"

line = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?()[]{}<>+-*/=_#@%&~^|\n"
block = (line * (1024 * 1024 // len(line) + 1))[: 1024 * 1024]


def file_size(p):
    try:
        with open(p) as f:
            n = 0
            while True:
                data = f.read(1024 * 1024)
                if not data:
                    return n
                n += len(data)
    except OSError:
        return -1


if len(sys.argv) <= 1 or file_size(path) != SIZE:
    with open(path, "w") as out:
        written = 0
        while written < SIZE:
            out.write(block)
            written += len(block)


def read_in_chunks(f, size):
    while True:
        data = f.read(size)
        if not data:
            break
        yield data


total = 0
chunks = 0
newlines = 0
p = 0
while p < PASSES:
    with open(path) as f:
        for piece in read_in_chunks(f, CHUNK):
            chunks += 1
            total += len(piece)
            newlines += piece.count("\n")
    p += 1
print("file_chunks", chunks, total, newlines)
