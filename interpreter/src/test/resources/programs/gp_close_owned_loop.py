def inner(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("  inner", tag, "closed")

def outer():
    for x in inner("a"):
        if x == 2:
            break
        yield x
    print("after loop a")
    for x in inner("b"):
        yield x * 10
        if x == 1:
            return
    print("not reached")

print(list(outer()))
g = outer()
print(next(g))
g.close()
print("closed g")
def bad():
    for x in inner("c"):
        yield x
        raise ValueError("boom")
try:
    list(bad())
except ValueError as e:
    print("ValueError", e)
for x in (v for v in inner("d")):
    if x == 1: break
print("end")
