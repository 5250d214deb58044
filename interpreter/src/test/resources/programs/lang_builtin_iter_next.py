# iter() with and without a sentinel, next() with a default, iterators are their own iterators
it = iter([1, 2, 3])
print(iter(it) is it, next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
data = [5, 4, 3, 0, 2, 1]
source = iter(data)
print(list(iter(lambda: next(source), 0)), list(source))
stack = [1, 2, 3, "stop", 4]
print(list(iter(stack.pop, 2)), stack)
count = 0
def tick():
    global count
    count += 1
    return count
ci = iter(tick, 4)
print(type(ci).__name__, next(ci), list(ci), next(ci, "done"))
print(type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(iter(range(2))).__name__, type(iter({1})).__name__, type(iter({}.values())).__name__, type(iter(b"")).__name__)
s = iter("hello")
print(next(s), "".join(s), next(s, "!"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
r = iter(range(3))
print(list(zip(r, r)), next(r, "exhausted"))
pairs = iter(range(6))
print(list(zip(pairs, pairs)))
g = (c for c in "xyz")
print(iter(g) is g, next(g), list(g), next(g, "empty"))
for bad in [lambda: iter(5), lambda: next([1, 2]), lambda: iter(len, 1, 2), lambda: iter(5, 1), lambda: next(), lambda: next(iter([]))]:
    try:
        print(bad())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
