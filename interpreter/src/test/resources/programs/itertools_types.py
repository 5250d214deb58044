# the itertools types: names, reprs, isinstance, the iterator protocol, type errors
import itertools

c = itertools.count(3)
print(type(c), type(c).__name__, itertools.count.__name__, itertools.count.__module__)
print(itertools.count, itertools.chain, itertools.zip_longest)
print(isinstance(c, itertools.count), isinstance(c, itertools.repeat), isinstance(c, object))
print(type(itertools.tee([])[0]), type(next(itertools.groupby("a"))[1]))
print(itertools.tee, itertools.tee.__name__, type(itertools.tee).__name__)
print(repr(itertools.repeat("x", 2)), str(itertools.count(0, 0.5)))
print(c.__next__(), c.__iter__() is c, iter(c) is c, next(c))
for it in (itertools.cycle("a"), itertools.islice("a", 1), itertools.chain(), itertools.takewhile(len, []),
           itertools.dropwhile(len, []), itertools.filterfalse(None, []), itertools.accumulate([]),
           itertools.zip_longest(), itertools.starmap(len, []), itertools.compress([], []),
           itertools.pairwise([]), itertools.groupby([]), itertools.product(),
           itertools.permutations([]), itertools.combinations([], 1),
           itertools.combinations_with_replacement([], 1)):
    r = repr(it)
    print(type(it).__name__, r[:r.index(" at ")], iter(it) is it)

for bad in (lambda: len(c), lambda: c[0], lambda: c + 1, lambda: c.missing, lambda: itertools.nothing):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    next(itertools.repeat(1, 0))
except StopIteration:
    print("StopIteration")
