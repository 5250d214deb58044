# min/max over generators with key= and default=
def nums(items):
    for x in items:
        print("  yield", x)
        yield x

print(max(nums([3, -7, 5])))
print(min(nums([3, -7, 5]), key=abs))
print(max(nums([]), default="none"))
print(min((x for x in []), default=None))
print(max(nums(["bb", "a", "ccc", "dd"]), key=len))
print(max(nums([(1, "b"), (1, "a"), (0, "z")])))
print(min(nums([2, 1, 1.0]), key=lambda v: v))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError:", e)
try:
    min(nums([]))
except ValueError as e:
    print("ValueError:", e)
print(max(1, 2, 3), min("b", "a"), max([1, 5], [2]))
