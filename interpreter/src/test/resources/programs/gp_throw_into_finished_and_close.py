# throw on a finished generator raises the exception directly; send raises StopIteration
def gen():
    yield 1
    return "r"

g = gen()
print(list(g))
for exc in (ValueError("v"), KeyError, TypeError("t")):
    try:
        g.throw(exc)
    except Exception as e:
        print("raised:", type(e).__name__, e.args)
try:
    g.send(None)
except StopIteration as e:
    print("send:", type(e).__name__, e.value)
try:
    g.send("x")
except StopIteration as e:
    print("send non-None to finished:", e.value)
print(g.close())
