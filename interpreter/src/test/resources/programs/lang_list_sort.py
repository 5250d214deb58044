# sort and sorted: key=, reverse= (stable in both directions), mixed-type errors
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
print(by_name)
print(sorted(by_name, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([1.5, 1, True, 0, -0.5, False]), sorted([3, 1.0, 2]), sorted([[2], [1, 5], [1]]))
print(sorted("hello"), sorted((3, 2, 1)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([]), sorted([1]), sorted(range(5), reverse=True), sorted(x % 3 for x in range(7)))
eq = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(eq, key=lambda p: p[0]), sorted(eq, key=lambda p: p[0], reverse=True))
keys_called = []
def k(v):
    keys_called.append(v)
    return -v
print(sorted([2, 3, 1], key=k), keys_called)
lst = [5, 2, 9]
r = sorted(lst)
print(r, lst, r is lst)
for bad in ([1, "a"], ["a", 1], [1, None], [(1, 2), (1, "x")], [[1], 2]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [3, "x", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sort by subset without error")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2, 1], key=None), sorted(["b", "a"], reverse=False), sorted([1, 2], reverse=1))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([-0.0, 0, 0.0, -1]), sorted([float("inf"), 1, -float("inf")]))
