# 200,000 suspended generators: create them all, advance each once, hold them, resume them all.
N = 200000
ROUNDS = 40


def counter(start):
    n = start
    while True:
        yield n
        n += 3


gens = []
i = 0
while i < N:
    g = counter(i)
    next(g)
    gens.append(g)
    i += 1

total = 0
r = 0
while r < ROUNDS:
    for g in gens:
        total += next(g)
    r += 1
print("many_generators", len(gens), total)
