# takewhile consumes the first failing element; dropwhile tests only until the first failure
import itertools

def nums():
    for n in [1, 3, 5, 6, 7, 2]:
        print("  yield", n)
        yield n

g = nums()
print(list(itertools.takewhile(lambda x: x % 2, g)))
print("rest:", list(g))
print(list(itertools.dropwhile(lambda x: x < 5, nums())))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in itertools.count()))))
print(list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
