# yield from accepts any iterable: list, tuple, str, range, dict, generator expression, iterator
def gen():
    r = yield from [1, 2]
    print("list gives", r)
    r = yield from ("t",)
    print("tuple gives", r)
    r = yield from "ab"
    print("str gives", r)
    r = yield from range(3, 6)
    print("range gives", r)
    r = yield from {"k1": 1, "k2": 2}
    print("dict gives", r)
    r = yield from (x * 10 for x in range(2))
    print("genexp gives", r)
    r = yield from iter([7, 8])
    print("iterator gives", r)
    r = yield from sorted({3, 1, 2})
    yield from []
    yield from ""

print(list(gen()))
