class Stop(Exception):
    pass


def step(n):
    if n == 3:
        raise Stop
    return n


def steps():
    for i in range(5):
        yield step(i)


total = 0
for value in steps():
    total += value
    print("total", total)
