# zip_longest pads with fillvalue; tee makes independent iterators over one generator
import itertools

def src(n):
    for i in range(n):
        print("  src", i)
        yield i

print(list(itertools.zip_longest(src(3), "ab")))
print(list(itertools.zip_longest("a", "bcd", fillvalue="-")))
a, b = itertools.tee(src(3))
print(next(a), next(a))
print(list(b))
print(list(a))
x, y, z = itertools.tee("hi", 3)
print(list(x), list(y), list(z))
