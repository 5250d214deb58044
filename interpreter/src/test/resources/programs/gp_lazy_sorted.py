# sorted(key=, reverse=) consumes a generator fully first, and sorts stably
def words():
    for w in ["pear", "fig", "apple", "kiwi", "date", "banana"]:
        print("  yield", w)
        yield w

s = sorted(words(), key=len)
print(s)
print(sorted(words(), key=len, reverse=True))
print(sorted((w for w in ["b", "A", "c", "B"]), key=str.lower))
def keyf(w):
    print("  key of", w)
    return w[-1]
print(sorted(["ab", "ca", "bb"], key=keyf))
print(sorted(x % 5 for x in range(10)))
print(sorted((), reverse=True), sorted(iter([3, 1, 2])))
