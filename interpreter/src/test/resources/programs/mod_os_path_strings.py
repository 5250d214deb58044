# os.path string functions: join, split, basename, dirname, splitext, isabs, normpath
import os
from os import path

print(path is os.path, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.name)
print(os.path.sep, os.path.curdir, os.path.pardir, os.altsep, os.pathsep)

joins = [
    ("a",),
    ("a", "b"),
    ("a/", "b"),
    ("a", "/b", "c"),
    ("", "b"),
    ("a", ""),
    ("", ""),
    ("/", "etc", "passwd"),
    ("a", "b/", "c"),
    ("a//", "//b"),
]
for parts in joins:
    print("join", parts, "->", repr(os.path.join(*parts)))

for p in ["a/b/c.txt", "/a/b/", "c.txt", "/", "//", "///x", "", "a//b", "//a//b//", ".", "..", "a/.."]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))

for p in ["file.txt", "archive.tar.gz", ".bashrc", "..hidden", "a.b/c", "a.b/c.d", "noext", "x.", "a/.b.c", "...", ""]:
    print("splitext", repr(p), os.path.splitext(p))

for p in ["/abs", "rel", "", "//x", "./x"]:
    print("isabs", repr(p), os.path.isabs(p))

for p in ["a/b/../c", "./a/./b/", "//a/b", "///a//b", "../../x", "a/../..", "/..", "", ".", "a/b/c/../../d", "/a/../../b"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))

print(os.path.abspath("/x/y/../z"), os.path.abspath("/"))
print(os.path.isabs(os.path.abspath("relative")), os.path.abspath("rel").endswith("/rel"))
print(os.path.abspath(".") == os.getcwd(), os.path.isabs(os.getcwd()))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"))


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("join(1)", lambda: os.path.join(1))
attempt("join('a', 1)", lambda: os.path.join("a", 1))
attempt("join()", lambda: os.path.join())
attempt("basename(None)", lambda: os.path.basename(None))
attempt("split(3)", lambda: os.path.split(3))
attempt("splitext([])", lambda: os.path.splitext([]))
attempt("normpath(None)", lambda: os.path.normpath(None))
attempt("relpath('')", lambda: os.path.relpath(""))
attempt("dirname()", lambda: os.path.dirname())
