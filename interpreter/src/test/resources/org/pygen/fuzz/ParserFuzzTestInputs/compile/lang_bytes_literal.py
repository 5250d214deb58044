# bytes literals and str.encode (a neighbour of the str type)
b = b"abc"
print(b, len(b), b[0], b[1:], type(b).__name__)
print("abc".encode() == b"abc", "héllo".encode("utf-8") == b"h\xc3\xa9llo")
print(repr(b"q'\n"), list(b"hi"), b"x" + b"y", b"ab" * 2)
print(b"hello".decode(), "snow ☃".encode("utf-8"))
