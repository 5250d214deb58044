# itertools.chain and chain.from_iterable pull each input only when it is reached
import itertools

def src(name, n):
    print("  start", name)
    for i in range(n):
        yield f"{name}{i}"

ch = itertools.chain(src("a", 2), src("b", 1))
print("chain created")
print(next(ch))
print(list(ch))
def sources():
    for name in "xyz":
        print("  making source", name)
        yield src(name, 1)
fi = itertools.chain.from_iterable(sources())
print(next(fi))
print(list(fi))
print(list(itertools.chain("ab", [1], range(2), ())))
inf = itertools.chain.from_iterable(itertools.repeat("ab"))
print([next(inf) for _ in range(5)])
