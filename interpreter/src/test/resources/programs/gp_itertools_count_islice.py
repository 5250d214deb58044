# itertools.count and islice: lazy slices of infinite generators
import itertools

def noisy():
    for n in itertools.count(1):
        print("  produce", n)
        yield n

print(list(itertools.islice(noisy(), 3)))
print(list(itertools.islice(itertools.count(10, 5), 2, 8, 2)))
it = itertools.islice(noisy(), 1, None, 3)
print(next(it), next(it))
print(list(itertools.islice("abcdef", 4)), list(itertools.islice(range(10), 8, 3)))
c = itertools.count(2.5, 0.5)
print(next(c), next(c), next(c))
