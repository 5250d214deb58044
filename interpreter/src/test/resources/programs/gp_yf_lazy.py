# yield from pulls one item at a time from the subiterator
def source(name, n):
    for i in range(n):
        print("  ", name, "produces", i)
        yield f"{name}{i}"
    print("  ", name, "exhausted")

def merged():
    print("merged starts")
    yield from source("a", 2)
    print("between")
    yield from source("b", 2)
    print("merged ends")

for item in merged():
    print("consumer got", item)
