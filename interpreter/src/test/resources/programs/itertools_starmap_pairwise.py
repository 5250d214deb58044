# starmap() and pairwise()
from itertools import starmap, pairwise, count, islice, zip_longest

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(1,), (1, 2), (), [4, 5, 6], "", range(3)])))
print(list(starmap(max, zip_longest([1, 5], [3, 2], fillvalue=0))))
print(list(islice(starmap(lambda a, b: a * b, zip(count(), count(10))), 4)))

def pairs():
    for p in [(1, 2), (3, 4)]:
        print("  pull", p)
        yield p

def show(a, b):
    print("  call", a, b)
    return a + b

s = starmap(show, pairs())
print("created")
print(next(s))
print(list(s))

try:
    list(starmap(pow, [5]))
except TypeError as e:
    print("TypeError:", e)

print(list(pairwise("abcde")))
print(list(pairwise([1])), list(pairwise([])))
print(list(islice(pairwise(count()), 3)))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

def source(n):
    for i in range(n):
        print("  pull", i)
        yield i
    print("  exhausted")

p = pairwise(source(3))
print("created")
print(next(p))
print(next(p))
print(next(p, "end"))
print(next(p, "end"))
