f"{x!z}" f"{}" f"{x:{y:{z}}}" 0x 1_ 09 1e
lambda: (yield)
def f(a, a, *, **k): return
x = 1 if 2
