# os errors are CPython's OSError subclasses, with errno, strerror and filename
import os
import time

base = "/tmp/pygen_mod_os_errors_" + str(time.time_ns())
os.mkdir(base)
f_path = os.path.join(base, "f.txt")
with open(f_path, "w") as f:
    f.write("x")
d_path = os.path.join(base, "d")
os.mkdir(d_path)
with open(os.path.join(d_path, "inner"), "w") as f:
    f.write("y")


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except OSError as e:
        shown = str(e).replace(base, "<base>")
        name = e.filename.replace(base, "<base>") if isinstance(e.filename, str) else e.filename
        print(label, "->", type(e).__name__, shown, "| errno", e.errno, "| strerror", e.strerror,
              "| filename", name)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


missing = os.path.join(base, "missing")
attempt("remove missing", lambda: os.remove(missing))
attempt("unlink missing", lambda: os.unlink(missing))
attempt("remove dir", lambda: os.remove(d_path))
attempt("rmdir non-empty", lambda: os.rmdir(d_path))
attempt("rmdir file", lambda: os.rmdir(f_path))
attempt("rmdir missing", lambda: os.rmdir(missing))
attempt("mkdir existing", lambda: os.mkdir(d_path))
attempt("mkdir no parent", lambda: os.mkdir(os.path.join(missing, "x")))
attempt("mkdir under file", lambda: os.mkdir(os.path.join(f_path, "x")))
attempt("makedirs existing", lambda: os.makedirs(d_path))
attempt("makedirs existing ok", lambda: os.makedirs(d_path, exist_ok=True))
attempt("makedirs file exist_ok", lambda: os.makedirs(f_path, exist_ok=True))
attempt("makedirs under file", lambda: os.makedirs(os.path.join(f_path, "x", "y")))
attempt("listdir missing", lambda: os.listdir(missing))
attempt("listdir file", lambda: os.listdir(f_path))
attempt("getsize missing", lambda: os.path.getsize(missing))
attempt("open missing", lambda: open(missing))
attempt("remove None", lambda: os.remove(None))
attempt("remove()", lambda: os.remove())
attempt("listdir 3.5", lambda: os.listdir(3.5))
attempt("listdir two", lambda: os.listdir("a", "b"))
attempt("exists None", lambda: os.path.exists(None))
attempt("getsize None", lambda: os.path.getsize(None))
attempt("remove NUL", lambda: os.remove("a\0b"))
attempt("getcwd arg", lambda: os.getcwd(1))

try:
    os.remove(missing)
except FileNotFoundError as e:
    print("FileNotFoundError is OSError:", isinstance(e, OSError), e.args[0], e.args[1])

os.remove(os.path.join(d_path, "inner"))
os.rmdir(d_path)
os.remove(f_path)
os.rmdir(base)
print("cleaned up:", os.path.exists(base))
