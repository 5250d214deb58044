# file errors that are caught
try:
    open("/tmp/pygen_conf_no_such_dir/missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("/tmp/pygen_conf_no_such_dir/missing.txt", "r")
except OSError as e:
    print("OSError subclass:", type(e).__name__)
path = "/tmp/pygen_conf_files_3.txt"
with open(path, "w") as f:
    f.write("data\n")
f = open(path)
try:
    f.write("x")
except Exception as e:
    print(type(e).__name__ + ":", e)
f.close()
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = open(path)
f.close()
f.close()
print("double close ok", f.closed)
try:
    for line in f:
        pass
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.write(42)
    except TypeError as e:
        print("TypeError:", e)
