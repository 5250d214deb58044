# groupby groups consecutive equal keys; a group is invalidated when the outer iterator moves on
import itertools

data = "aaabbcaa"
print([(k, "".join(g)) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in itertools.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = itertools.groupby([1, 1, 2, 3, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
def nums():
    for n in [1, 2, 4, 5, 7]:
        print("  yield", n)
        yield n
for odd, g in itertools.groupby(nums(), key=lambda n: n % 2):
    print("group", odd)
