# itertools.cycle and repeat: infinite, consumed with islice/zip
import itertools

def letters():
    for c in "ab":
        print("  first pass pulls", c)
        yield c

cyc = itertools.cycle(letters())
print([next(cyc) for _ in range(5)])
print(list(itertools.repeat("x", 3)), list(itertools.repeat(0, 0)))
print(list(zip(itertools.repeat(7), "abc")))
print(list(map(pow, range(4), itertools.repeat(2))))
print(list(itertools.islice(itertools.cycle([1, 2, 3]), 7)))
print(list(itertools.cycle([])))
