# yield inside try/finally, with, loops, if
def in_try():
    try:
        yield "try-1"
        yield "try-2"
    except ValueError:
        yield "never"
    else:
        yield "else"
    finally:
        print("finally runs")
    yield "after"
print(list(in_try()))

def with_file(path):
    with open(path, "w") as f:
        f.write("one\ntwo\nthree\n")
    with open(path) as f:
        for line in f:
            yield line.strip()
        print("file closed inside gen?", f.closed)
    print("file closed after with?", f.closed)
print(list(with_file("/tmp/pygen_conf_gen_with.txt")))

def nested_loops():
    for i in range(3):
        j = 0
        while j < i:
            if (i + j) % 2:
                yield ("odd", i, j)
            else:
                yield ("even", i, j)
            j += 1
        else:
            yield ("while-else", i)
print(list(nested_loops()))

def except_handler():
    for v in [1, 0, 2]:
        try:
            r = 10 // v
        except ZeroDivisionError as e:
            yield f"error: {e}"
            continue
        yield r
print(list(except_handler()))

def cleanup_on_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup at", i)
cg = cleanup_on_break()
for v in cg:
    if v == 2:
        break
print("loop done")
cg.close()
print("closed")

def counts_from_yield():
    total = 0
    for i in range(3):
        got = yield i
        total += got or 0
        if got:
            print("received", got)
    yield total
g = counts_from_yield()
print(next(g), g.send(5), g.send(None), g.send(7))

def early_return(items):
    for x in items:
        if x is None:
            return "stopped"
        yield x
print(list(early_return([1, 2, None, 3])))
