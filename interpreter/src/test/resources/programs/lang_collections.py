# lists and tuples, (i,), indexing, slicing, list methods
empty = []
one = (1,)
print(empty, one, (), (1, 2), [1, (2,)], type(one).__name__, len(one), (5))
lst = [5, 3, 8, 1]
lst.append(9)
print(lst, len(lst), lst[0], lst[-1], lst[1:3], lst[::-1], lst[::2], lst[-2:])
lst.insert(0, 7)
lst.insert(100, 0)
lst.extend([2, 2])
print(lst)
print(lst.pop(), lst.pop(0), lst)
lst.remove(2)
print(lst, lst.index(8), lst.count(3), 8 in lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
c = lst.copy()
c[0] = 100
print(lst[0], c[0])
lst[1:3] = ["a", "b", "c"]
print(lst)
del lst[0]
del lst[-2:]
print(lst)
lst.clear()
print(lst, bool(lst))
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
print(nested, nested[1][0], [row[1] for row in nested])
t = (1, 2, 3, 2)
print(t[1], t[-1], t[1:], t.count(2), t.index(3), t + (4,), t * 2, len(t))
print(list(t), tuple([1, 2]), list("abc"), tuple("ab"), list(range(3)))
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, [] * 5)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()))
print(len(d), "a" in d, d.pop("a"), d, {1: "x", 1.0: "y", True: "z"})
for k, v in d.items():
    print(k, v)
s = {3, 1, 2, 3}
s.add(0)
print(sorted(s), len(s), 2 in s, {1, 2} | {3}, {1, 2} & {2}, {1, 2} - {1})
print(min([4, 2, 9]), max((4, 2, 9)), sum([1.5, 2]), sorted([3, 1, 2], reverse=True))
