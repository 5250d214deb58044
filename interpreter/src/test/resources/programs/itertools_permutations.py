# permutations(): orderings of r items, in the order of positions
from itertools import permutations

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 3)) == list(permutations([1, 2, 3])))
print(list(permutations("ab", 0)))
print(list(permutations("ab", 3)))
print(list(permutations([])))
print(list(permutations("aab", 2)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations(iterable="xy", r=None)))
print(list(permutations("abc", True)))

def source():
    for x in "xyz":
        print("  source gives", x)
        yield x

p = permutations(source(), 2)
print("created: the source was read")
print(next(p), next(p))
print(list(p))

for args in (("ab", -1), ("ab", "2"), ("ab", 1.0), (3,), (3, -1)):
    try:
        permutations(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
