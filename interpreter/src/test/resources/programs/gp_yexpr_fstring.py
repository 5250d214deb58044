# yields inside f-strings, including format specs and conversions
def gen():
    s = f"<{(yield 'first')}|{(yield 'second')!r}>"
    print(s)
    width = 8
    s = f"[{(yield 'num'):>{width}}] [{(yield 'float'):.3f}]"
    print(s)
    print(f"{'nested ' + str((yield 'inner'))}!")
    return f"total={(yield 'x') + (yield 'y')}"

g = gen()
print(next(g))
sends = ["A", "B", 42, 3.14159, "deep", 1, 2]
for v in sends:
    try:
        print(g.send(v))
    except StopIteration as e:
        print("return", e.value)
