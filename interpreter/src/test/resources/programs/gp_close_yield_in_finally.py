# a finally block that yields: fine on normal exhaustion, RuntimeError when reached by close()
def gen():
    try:
        yield "body"
    finally:
        print("finally runs")
        yield "from finally"
        print("finally resumed")

print(list(gen()))
g = gen()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended in finally:", g.gi_frame is not None)
try:
    print(list(g))
except GeneratorExit:
    print("the finally ends by re-raising the pending GeneratorExit")
print("finished:", g.gi_frame is None)
