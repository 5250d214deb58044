def g():
    d = {}
    for d[(yield "key?")] in range(2):
        print("iteration", d)
    else:
        print("loop done")
    with open("/tmp/pygen_conf_ft1.txt", "w") as files[(yield "slot?")], open("/tmp/pygen_conf_ft2.txt", "w") as f2:
        print("inside", type(files[0]).__name__, f2.closed)
    print("closed", files[0].closed)
files = [None]
gen = g()
print(next(gen))
print(gen.send("a"))
print(gen.send("b"))
try:
    gen.send(0)
except StopIteration:
    print("finished")
