# filterfalse() and compress()
from itertools import filterfalse, compress, count, islice, cycle

print(list(filterfalse(lambda x: x % 3, range(12))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0], False, 2.0])))
print(list(islice(filterfalse(lambda x: x % 7, count(1)), 4)))

def checked(x):
    print("  test", x)
    return x > 1

f = filterfalse(checked, iter([3, 0, 5, 1]))
print("created")
print(next(f))
print(next(f))
print(next(f, "end"))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABCDEF", [True, False])))
print(list(compress("AB", [1, 1, 1, 1])))
print(list(compress(data=range(10), selectors=cycle([0, 1]))))
print(list(islice(compress(count(), cycle([1, 0, 0])), 5)))

def labelled(name, values):
    for v in values:
        print("  ", name, v)
        yield v

# data is pulled before its selector; the data item after the last selector is consumed
data = labelled("data", "abcd")
print(list(compress(data, labelled("sel", [0, 1]))))
print(list(data))
