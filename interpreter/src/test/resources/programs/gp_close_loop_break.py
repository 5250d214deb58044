# breaking out of a for loop leaves the generator suspended; an explicit close() runs its cleanup
def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers cleanup at", n)

g = numbers()
for v in g:
    print("got", v)
    if v == 2:
        break
print("after break, suspended:", g.gi_frame is not None)
for v in g:
    print("continued with", v)
    if v == 4:
        break
g.close()
print("closed:", g.gi_frame is None)
gens = [numbers() for _ in range(3)]
for i, gg in enumerate(gens):
    for _ in range(i + 1):
        next(gg)
for gg in reversed(gens):
    gg.close()
print("all closed")
