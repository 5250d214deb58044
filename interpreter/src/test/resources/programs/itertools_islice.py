# islice(): every signature, and exactly how much of the source it consumes
from itertools import islice, count

def numbers(n):
    for i in range(n):
        print("  pull", i)
        yield i
    print("  numbers exhausted")

print(list(islice("abcdefg", 3)))
print(list(islice("abcdefg", 2, 5)))
print(list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)))
print(list(islice("abcdefg", None, None, 3)))
print(list(islice("abcdefg", 0)))
print(list(islice("abcdefg", 10, 20)))
print(list(islice("abcdefg", 5, 2)))

print("stop=3 on a longer source")
it = numbers(10)
print(list(islice(it, 3)))
print("what is left starts at", next(it))

print("start=2, stop=8, step=3")
it = numbers(10)
print(list(islice(it, 2, 8, 3)))
print("what is left starts at", next(it))

print("lazy: nothing is pulled until asked")
s = islice(numbers(10), 4, 6)
print("created")
print(next(s))
print(next(s))
print(next(s, "end"))

print("a source shorter than the start")
it = numbers(3)
print(list(islice(it, 5, 9)))
print(next(it, "empty"))

print("stop=0 pulls nothing")
it = numbers(3)
print(list(islice(it, 0)))
print(next(it))

# infinite sources
print(list(islice(count(), 5)))
print(list(islice(count(), 100, 130, 7)))
s = islice(count(5, 5), 2, None, 2)
print(next(s), next(s), next(s))

s = islice(count(), 2, 5)
print(list(s), list(s))
print(list(islice(range(10), True, 5)))
