# open() failures: each gives CPython's OSError subclass, errno, strerror and filename.
# (Permission denial depends on not running as root: FileRobustnessTest covers it.)
import os
base = "/tmp/pygen_conf_file_open_errors"
os.makedirs(base + "/sub", exist_ok=True)
with open(base + "/plain.txt", "w") as f:
    f.write("x\n")
cases = [
    (base + "/missing.txt", "r"),
    (base + "/missing.txt", "rb"),
    (base + "/no_dir/new.txt", "w"),
    (base + "/no_dir/new.txt", "ab"),
    (base + "/sub", "r"),
    (base + "/sub", "w"),
    (base + "/sub", "a"),
    (base + "/sub", "rb"),
    (base + "/sub", "wb"),
    (base + "/sub", "x"),
    (base + "/plain.txt", "x"),
    (base + "/plain.txt", "xb"),
    (base + "/plain.txt/inner", "r"),
    (base + "/plain.txt/inner", "w"),
    (base + "/" + "n" * 300, "w"),
    ("", "r"),
]
for path, mode in cases:
    shown = path.replace(base, "<base>").replace("n" * 300, "n*300")
    try:
        open(path, mode)
        print(mode, shown, "opened")
    except OSError as e:
        msg = str(e).replace(base, "<base>").replace("n" * 300, "n*300")
        fn = e.filename.replace(base, "<base>").replace("n" * 300, "n*300") if e.filename else e.filename
        print(mode, shown, type(e).__name__, e.errno, e.strerror, repr(fn), "|", msg)
        print("   ", isinstance(e, OSError), e.args[0] == e.errno)
# a generator opening a missing file fails at its first step, and is finished after it
def lines(path):
    with open(path) as f:
        yield from f
g = lines(base + "/missing.txt")
print("created")
try:
    next(g)
except FileNotFoundError as e:
    print("first step:", e.strerror)
print(next(g, "finished"))
# the failed opens changed nothing
print(sorted(os.listdir(base)), open(base + "/plain.txt").read() == "x\n")
os.remove(base + "/plain.txt")
os.rmdir(base + "/sub")
os.rmdir(base)
