# an error in the first iterable is raised at creation; errors elsewhere only when iterated
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)

g = (y for x in [1] for y in 5)
print("nested non-iterable accepted at creation")
try:
    next(g)
except TypeError as e:
    print("at first next:", e)

g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("at second next:", e)

try:
    h = (x for x in undefined_name)
except NameError as e:
    print("NameError at creation:", e)
k = (undefined_later for x in [1])
undefined_later = "defined in time"
print(list(k))
