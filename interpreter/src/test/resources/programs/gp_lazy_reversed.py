# reversed works on sequences (lists, ranges, strings, tuples), not on generators
print(list(reversed([1, 2, 3])))
print(list(reversed(range(0, 10, 3))))
print("".join(reversed("abc")), tuple(reversed((1, 2))))
r = reversed(range(5))
print(next(r), next(r), list(r))
lst = [1, 2, 3]
it = reversed(lst)
print(next(it))
lst[0] = 100
print(list(it))
def gen():
    yield 1
try:
    reversed(gen())
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(list(gen()))))
print(list(reversed(range(0))), list(reversed(range(3, 0, -1))))
print(list(reversed({"a": 1, "b": 2})))
