# genexp bodies look names up when they run, not when they are created; the first iterable is bound at once
gens = []
for i in range(3):
    gens.append((x + i for x in range(2)))
print([list(g) for g in gens])

def make():
    result = []
    for i in range(3):
        result.append((i * x for x in range(2)))
    return result
print([list(g) for g in make()])

seq = [1, 2, 3]
g = (x for x in seq)
seq = [100]
print(list(g))

lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))

factor = 10
g = (x * factor for x in range(3))
print(next(g))
factor = 1000
print(list(g))
gens = [(i * x for x in range(2)) for i in range(3)]
print([list(g) for g in gens])
