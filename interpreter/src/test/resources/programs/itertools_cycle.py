# cycle(): the first pass pulls lazily from the source; later passes replay saved items
from itertools import cycle, islice, count

def source():
    for x in "abc":
        print("  source gives", x)
        yield x
    print("  source is done")

c = cycle(source())
print("created")
for i in range(8):
    print(i, next(c))

print(list(cycle([])))
print(list(cycle(iter(()))))

# an infinite source is never materialised
c = cycle(count(100))
print([next(c) for _ in range(5)])

print(list(islice(cycle(range(3)), 10)))

# an empty first pass ends at once, and stays ended
def empty():
    print("  empty source runs")
    return
    yield

c = cycle(empty())
print(next(c, "end"), next(c, "end"))

# a list grown during the first pass is seen, as the iterator is read lazily
items = [1, 2]
c = cycle(items)
print(next(c), next(c))
items.append(3)
print(next(c), next(c), next(c))
