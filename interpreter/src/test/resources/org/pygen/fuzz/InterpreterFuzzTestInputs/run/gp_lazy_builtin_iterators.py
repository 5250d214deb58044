# next() on builtin iterators: lists, tuples, strings, ranges, dicts, sets, zip/map/enumerate objects
its = [iter([1, 2]), iter((3,)), iter("xy"), iter(range(2)), iter({"k": 1, "j": 2}),
       iter({"k": 1}.values()), iter({"k": 1}.items()), zip("ab", "cd"), map(abs, [-1]),
       enumerate("e"), filter(None, [0, 4]), reversed([5, 6])]
for it in its:
    first = next(it)
    rest = list(it)
    print(first, rest, next(it, "done"), iter(it) is it)
r = iter(range(10**6))
for _ in range(999998):
    next(r)
print(next(r), next(r), next(r, "end"))
