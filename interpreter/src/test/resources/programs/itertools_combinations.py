# combinations() and combinations_with_replacement()
from itertools import combinations, combinations_with_replacement as cwr

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)))
print(list(combinations("abc", 4)))
print(list(combinations([], 0)), list(combinations([], 1)))
print(list(combinations("abc", 3)))
print(len(list(combinations(range(10), 4))))
print(list(combinations(r=2, iterable=[3, 1, 2])))

print(list(cwr("abc", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr("ab", 0)), list(cwr([], 0)), list(cwr([], 2)))
print(list(cwr("a", 4)))
print(len(list(cwr(range(5), 3))))

def source():
    for x in range(4):
        print("  source gives", x)
        yield x

c = combinations(source(), 3)
print("created: the source was read")
print(list(c))
c = cwr(source(), 1)
print("created: the source was read")
print(list(c), list(c))

for f in (combinations, cwr):
    for args in (("ab",), ("ab", -1), ("ab", "2"), ("ab", None), (3, 2), (3, -1)):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
