# push-style pipeline: each stage receives values with send and pushes them downstream
def sink(name):
    items = []
    try:
        while True:
            item = yield
            items.append(item)
            print(name, "stored", item)
    finally:
        print(name, "final items", items)

def scale(factor, target):
    try:
        while True:
            v = yield
            print("scale", v, "->", v * factor)
            target.send(v * factor)
    finally:
        target.close()

def only_odd(target):
    try:
        while True:
            v = yield
            if v % 2:
                target.send(v)
            else:
                print("dropped", v)
    finally:
        target.close()

s = sink("out")
next(s)
sc = scale(10, s)
next(sc)
head = only_odd(sc)
next(head)
for n in range(1, 6):
    head.send(n)
head.close()
