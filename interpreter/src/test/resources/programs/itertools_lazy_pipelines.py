# pipelines of itertools over infinite inputs: nothing is pulled before it is needed
import itertools as it

def naturals():
    n = 0
    while True:
        print("  naturals gives", n)
        yield n
        n += 1

squares = map(lambda n: n * n, naturals())
odd = it.filterfalse(lambda n: n % 2 == 0, squares)
sums = it.accumulate(odd)
first = it.takewhile(lambda s: s < 100, sums)
print("pipeline built")
print(list(first))

print("islice of count of chain")
stream = it.chain.from_iterable(it.repeat(it.islice(it.count(), 2), 3))
print(list(stream))

print("dropwhile then islice on an infinite generator")
print(list(it.islice(it.dropwhile(lambda n: n < 3, naturals()), 2)))

print("zip_longest of two infinite-capable inputs, cut by islice")
print(list(it.islice(it.zip_longest(it.count(), it.cycle("ab")), 3)))

print("tee of an infinite generator, one copy far ahead")
ahead, behind = it.tee(naturals())
print(next(it.islice(ahead, 3, None)))
print(next(behind), next(behind))

print("groupby of an infinite generator, read group by group")
groups = it.groupby(naturals(), key=lambda n: n // 2)
for key, group in it.islice(groups, 2):
    print(key, list(group))

print("pairwise of count, compress with count as selectors")
print(list(it.islice(it.pairwise(it.count(0, 10)), 2)))
print(list(it.islice(it.compress(it.count(), it.count()), 3)))

print("product over finite inputs inside a lazy chain")
print(list(it.islice(it.chain(it.product("ab", repeat=2), it.count()), 6)))
