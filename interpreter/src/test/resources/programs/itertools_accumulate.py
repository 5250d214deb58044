# accumulate(): running totals with +, with a function, with an initial value
from itertools import accumulate, count, islice

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([1.5, 2.25, 3])))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)))
print(list(accumulate([])))
print(list(accumulate([7])))
print(list(accumulate([1, 2, 3], None, initial=None)))
print(list(accumulate(iterable=[1, 2], func=lambda a, b: a - b, initial=10)))

# running total over an infinite count: triangular numbers
print(list(islice(accumulate(count(1)), 8)))

def source():
    for x in [10, 20, 30]:
        print("  pull", x)
        yield x

def add(a, b):
    print("  add", a, b)
    return a + b

acc = accumulate(source(), add, initial=1)
print("created")
print(next(acc))
print(next(acc))
print(next(acc))
print(list(acc))

# the total may change type along the way
print(list(accumulate([1, 2.5, True])))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
