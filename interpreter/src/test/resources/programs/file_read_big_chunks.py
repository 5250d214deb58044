# read(n) with n larger than one 8192-byte chunk: pure ASCII, non-ASCII characters (also split
# across the chunk edges), '\r\n' and lone '\r' line ends, and a file ending mid-request.
import os

path = "/tmp/pygen_conf_file_read_big_chunks.tmp"


def summary(text):
    return (len(text), text.count("\n"), text.count("\r"), sum(ord(c) for c in text) % 1000003)


def check(label, data, size):
    with open(path, "wb") as f:
        f.write(data)
    pieces = []
    with open(path, encoding="utf-8") as f:
        while True:
            piece = f.read(size)
            if not piece:
                break
            pieces.append(piece)
    print(label, size, [len(p) for p in pieces][:6], len(pieces), summary("".join(pieces)))


ascii_text = ("line of plain ascii text, number %d\n" * 3000 % tuple(range(3000))).encode()
check("ascii", ascii_text, 10000)
check("ascii", ascii_text, 65536)
accented = ("caf\u00e9 na\u00efve \u20ac %d \u4e2d\n" * 2000 % tuple(range(2000))).encode()
check("utf8", accented, 9000)
check("utf8", accented, 20000)
mixed = ascii_text[:8190] + "\u00e9\u20ac".encode() + ascii_text[8190:]
check("split", mixed, 8192)
check("split", mixed, 8193)
crlf = ascii_text.replace(b"\n", b"\r\n")
check("crlf", crlf, 10000)
check("crlf", crlf, 8191)
lone_cr = ascii_text.replace(b"\n", b"\r")
check("cr", lone_cr, 12345)
edge = b"a" * 9999 + b"\r" + b"\nb" * 100
check("cr-edge", edge, 10000)
with open(path, "wb") as f:
    f.write(b"x" * 20000 + b"\xff\xfe" + b"y" * 10)
try:
    with open(path, encoding="utf-8") as f:
        print(len(f.read(10000)))
        print(len(f.read(20000)))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", type(e).__name__)
os.remove(path)
