class Both:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Both({self.name!r})"

    def __str__(self):
        return f"<{self.name}>"


b = Both("x")
print(b)
print(str(b), repr(b))
print(f"{b}", f"{b!r}", f"{b!s}", f"{b=}")
print("%s %r" % (b, b))
print("{} {!r} {!s}".format(b, b, b))
print([b, Both("y")])
print((b,), {b.name: b}, {"k": [b]})
print(str([b]), repr([b]))
print("joined: " + str(b) + " / " + repr(b))


class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"ReprOnly({self.v})"


r = ReprOnly(3)
# str() falls back on __repr__
print(r, str(r), repr(r), f"{r}", [r])


class StrOnly:
    def __str__(self):
        return "just str"


s = StrOnly()
print(s, str(s), f"{s}", "%s" % s)
print(repr(s).startswith("<__main__.StrOnly object at "))
print(repr([s]).startswith("[<__main__.StrOnly object at "))


# nested reprs and strings containing quotes
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return f"Node({self.value!r}, {self.children!r})"
        return f"Node({self.value!r})"


tree = Node("root", [Node(1), Node("it's", [Node(None)])])
print(tree)
print(str(tree) == repr(tree))
print(ascii(Node("é")))


# inherited __repr__ using type(self).__name__
class Base:
    def __repr__(self):
        return f"{type(self).__name__}()"


class Derived(Base):
    pass


print(Base(), Derived(), [Derived()])


# errors from __str__/__repr__ returning non-strings
class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


# print with sep/end using objects
print(b, r, s, sep=" | ", end=" <end>\n")
print(*[Both(c) for c in "ab"])
