# sum with a start value over generators
def nums(n):
    for i in range(1, n + 1):
        yield i

print(sum(nums(10)))
print(sum(nums(10), 100))
print(sum((x / 2 for x in nums(3)), 0.5))
print(sum(([i] for i in nums(3)), []))
print(sum((x for x in []), 7), sum([]))
print(sum(nums(4), start=-10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(sum(x * x for x in range(1000)))
