# Calls of builtins and built-in methods with exactly one positional argument take a path
# without an argument array; they must behave as the general call does, errors included.
def gen():
    yield 1
    yield 2

g = gen()
print(next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
it = iter([10, 20])
print(next(it), next(it, None), next(it, None))
print(len("abc"), len([1, 2]), abs(-4), abs(-2.5), ord("z"), chr(97), hex(255), oct(8), bin(5))
print(repr("q"), ascii("é"), hash(7) == hash(7), callable(len), callable(3), id(g) == id(g))

# The same builtins reached through another name, through map, and with the wrong arity.
f = len
print(f((1, 2, 3)), list(map(len, ["a", "bb", ""])), list(map(next, [iter("xy"), iter("z")])))
for call in (lambda: len(), lambda: len(1, 2), lambda: next(), lambda: next(3),
             lambda: abs("s"), lambda: ord("ab"), lambda: len(5), lambda: iter(5),
             lambda: len(obj=[1]), lambda: chr(-1)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# next() and iter() on instances of user classes.
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

c = iter(Count())
print(next(c), next(c), next(c, "end"), len([x for x in Count()]))

class Sized:
    def __len__(self):
        return 42
print(len(Sized()))

# list.append and str.join with one argument, and their errors.
items = []
items.append(1)
items.append([2])
append = items.append
append(3)
list.append(items, 4)
print(items, "-".join(["a", "b", "c"]), "".join(x for x in "xyz"), ",".join({"k": 1}))
for call in (lambda: items.append(), lambda: items.append(1, 2), lambda: items.append(x=1),
             lambda: ",".join(), lambda: ",".join([1, 2]), lambda: ",".join(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# str() with one argument, none, and the decoding form.
print(str(12), str(-1.5), str([1, "a"]), str(), str(b"ab"), str(b"ab", "ascii"), str(object=7))
