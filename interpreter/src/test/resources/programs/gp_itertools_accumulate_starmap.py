# accumulate (default sum, custom function, initial) and starmap are lazy
import itertools

def nums():
    for n in [3, 1, 4, 1, 5]:
        print("  yield", n)
        yield n

acc = itertools.accumulate(nums())
print(next(acc), next(acc))
print(list(acc))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 5)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.pairwise("abcd")))
