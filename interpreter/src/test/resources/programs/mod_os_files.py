# os and os.path on real files, in a fresh folder under /tmp: the paths printed are relative
import os
import time

base = os.path.join("/tmp", "pygen_mod_os_files_" + str(time.time_ns()))
os.mkdir(base)
print("made base:", os.path.isdir(base), os.path.exists(base), os.path.isfile(base))
print("empty listing:", os.listdir(base))


def rel(p):
    return os.path.relpath(p, base)


notes = os.path.join(base, "notes.txt")
with open(notes, "w") as f:
    f.write("hello\nworld\n")
print(rel(notes), os.path.exists(notes), os.path.isfile(notes), os.path.isdir(notes))
print("size:", os.path.getsize(notes))

os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(base, "a", "other"))
with open(os.path.join(base, "a", "b", "data.csv"), "w") as f:
    f.write("x,y\n1,2\n")
print("base:", sorted(os.listdir(base)))
print("a:", sorted(os.listdir(os.path.join(base, "a"))))
print("a/b:", sorted(os.listdir(os.path.join(base, "a", "b"))))

# Walk the tree by hand
found = []


def walk(folder):
    for name in sorted(os.listdir(folder)):
        full = os.path.join(folder, name)
        if os.path.isdir(full):
            found.append(rel(full) + "/")
            walk(full)
        else:
            found.append(rel(full) + " " + str(os.path.getsize(full)))


walk(base)
print(found)

# abspath of an absolute path is normalised; dirname/basename of real paths
print(rel(os.path.abspath(os.path.join(base, "a", "..", "notes.txt"))))
print(os.path.basename(notes), rel(os.path.dirname(os.path.join(base, "a", "b", "data.csv"))))

# Removing files and folders
os.remove(notes)
print("notes removed:", os.path.exists(notes))
os.unlink(os.path.join(base, "a", "b", "data.csv"))
os.rmdir(os.path.join(base, "a", "b", "c"))
os.rmdir(os.path.join(base, "a", "b"))
os.rmdir(os.path.join(base, "a", "other"))
os.rmdir(os.path.join(base, "a"))
print("left:", os.listdir(base))
os.rmdir(base)
print("base removed:", os.path.exists(base), os.path.isdir(base))
print(os.path.exists(""), os.path.isfile(""), os.path.isdir(""))
print(os.path.exists("a\0b"))
