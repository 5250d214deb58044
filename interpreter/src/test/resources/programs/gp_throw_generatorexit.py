# throw(GeneratorExit) behaves like an exception: propagates if not caught, and finishes the generator
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated out of throw")
print(next(g, "done"))

def stubborn():
    while True:
        try:
            cmd = yield "alive"
            if cmd == "stop":
                return "stopped"
        except GeneratorExit:
            print("caught GeneratorExit")

g = stubborn()
next(g)
print(g.throw(GeneratorExit))
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close:", e)
try:
    g.send("stop")
except StopIteration as e:
    print("after the failed close it is still suspended; now", e.value)
g.close()
