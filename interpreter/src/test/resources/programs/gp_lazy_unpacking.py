# unpacking a generator pulls exactly as many items as needed to check the count
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

a, b, c = gen(3)
print(a, b, c)
try:
    x, y = gen(5)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(3)
print(init, last)
def show(*args):
    print("args", args)
show(*gen(2), *"ab")
print([*gen(2), *gen(1)])
d = dict(zip("abc", gen(3)))
print(d)
