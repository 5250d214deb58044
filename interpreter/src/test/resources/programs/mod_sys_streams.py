# sys.stdout and sys.stderr: write() returns the character count, interleaves with print
import sys

print("print first")
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline, ")
print("then print", end="!\n")
print(sys.stdout.write(""), sys.stdout.write("ünïcödé ☃\n"))
sys.stdout.writelines(["line one\n", "line two\n"])
sys.stdout.flush()
print("to stdout explicitly", file=sys.stdout)
print("a", "b", sep="-", end=".\n", file=sys.stdout, flush=True)

print("to stderr via print", file=sys.stderr)
sys.stderr.write("to stderr via write\n")
sys.stderr.flush()
print("count on stderr:", sys.stderr.write("x" * 5 + "\n"))

print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.mode)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.closed, sys.stdout.isatty() in (True, False))
print(repr(sys.stdout))
print(repr(sys.stderr))

out = sys.stdout
for i in range(3):
    out.write(f"{i}:")
    print(i * i)


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("write(1)", lambda: sys.stdout.write(1))
attempt("write()", lambda: sys.stdout.write())
attempt("write two", lambda: sys.stdout.write("a", "b"))
attempt("flush(1)", lambda: sys.stdout.flush(1))
attempt("writelines ints", lambda: sys.stdout.writelines([1]))
attempt("no such attribute", lambda: sys.stdout.colour)
attempt("print to stderr", lambda: print("err line", file=sys.stderr))
