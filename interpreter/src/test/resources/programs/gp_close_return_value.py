# a generator that returns in response to GeneratorExit: close() returns None in 3.11
def gen():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        print("finishing with total", total)
        return total

g = gen()
next(g)
for v in (1, 2, 3):
    g.send(v)
result = g.close()
print("close() returned", result)
print(next(g, "finished"))

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, falling off the end")

g = swallow()
next(g)
print(g.close())
print(g.gi_frame is None)
