# open(..., errors=...): text that does not decode or encode goes to the named error handler,
# chunk by chunk as the file is read, and write by write as it is written.
import os

PATH = "/tmp/pygen_conf_file_error_handlers.txt"


def write_bytes(data):
    with open(PATH, "wb") as f:
        f.write(data)


def read_all(**kw):
    with open(PATH, **kw) as f:
        return f.read()


write_bytes(b"caf\xe9 au lait\n\xff\xfeend\r\nlast \xe2\x82")  # ends inside a character
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, repr(read_all(errors=errors)))
try:
    read_all()
except UnicodeDecodeError as e:
    print("strict:", e)
try:
    read_all(errors="no-such-handler")
except LookupError as e:
    print("LookupError:", e)
write_bytes("fine text é\n".encode())
print("unused handler:", repr(read_all(errors="no-such-handler")))

# Bad bytes and split characters at and around the 8192-byte chunk boundary.
for offset in range(8186, 8196):
    data = b"a" * offset + b"\xe2\x82\xac" + b"\x80" + b"b" * 20 + b"\xf0\x9f\x98\x80\xc3"
    write_bytes(data)
    text = read_all(errors="replace")
    assert text == data.decode("utf-8", "replace"), offset
    text = read_all(errors="surrogateescape")
    assert text.encode("utf-8", "surrogateescape") == data, offset
print("chunk boundaries ok")

# Line by line, with read(n) and readline(), in other encodings.
write_bytes(b"one \x80\n\xfftwo\nthree\n")
with open(PATH, encoding="ascii", errors="replace") as f:
    print([line for line in f])
with open(PATH, encoding="ascii", errors="backslashreplace") as f:
    print(repr(f.read(6)), repr(f.readline()), repr(f.readline()), f.errors)
with open(PATH, encoding="latin-1", errors="strict") as f:
    print(repr(f.read()))

# Writing: each handler, and a strict failure that writes nothing of its text.
text = "a\xe9b\u20acc\U0001f600d"
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    with open(PATH, "w", encoding="ascii", errors=errors) as f:
        f.write("[")
        f.write(text)
        f.write("]\n")
        print(errors, f.errors, end=" ")
    with open(PATH, "rb") as f:
        print(f.read())
with open(PATH, "w", encoding="latin-1") as f:
    f.write("kept ")
    try:
        f.write("ok \u20ac lost")
    except UnicodeEncodeError as e:
        print("strict:", e)
    f.write("after\n")
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, "w") as f:
    try:
        f.write("lone \ud800 surrogate")
    except UnicodeEncodeError as e:
        print("utf-8 strict:", e)
    f.write("pair \U0001f600\n")
with open(PATH, "rb") as f:
    print(f.read())

# surrogateescape round trip: undecodable bytes come back out as they went in.
raw = b"name-\xff\xfe-\xe9\n"
write_bytes(raw)
with open(PATH, errors="surrogateescape") as f:
    decoded = f.read()
with open(PATH, "w", errors="surrogateescape") as f:
    f.write(decoded)
with open(PATH, "rb") as f:
    print(f.read() == raw, repr(decoded))
with open(PATH, "w", encoding="ascii", errors="surrogateescape") as f:
    try:
        f.write("x\xe9")
    except UnicodeEncodeError as e:
        print("surrogateescape:", e)

for bad in (3, b"strict"):
    try:
        open(PATH, errors=bad)
    except TypeError as e:
        print("TypeError:", e)
os.remove(PATH)
