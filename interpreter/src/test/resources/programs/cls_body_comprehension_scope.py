x = "global x"
factor = 100


class C:
    x = "class x"
    factor = 2
    items = [1, 2, 3]
    # the outermost iterable is evaluated in the class scope
    doubled = [i * 2 for i in items]
    # but names inside the comprehension body skip the class scope
    seen = [x for _ in range(2)]
    scaled = [i * factor for i in items]
    pairs = {k: x for k in "ab"}
    gen_first = list(i for i in items)
    # the loop variable does not leak into the class namespace
    last = [j for j in range(3)][-1]


print(C.doubled)
print(C.seen)
print(C.scaled)
print(C.pairs)
print(C.gen_first)
print(hasattr(C, "i"), hasattr(C, "j"), C.last)

# a comprehension referring to a class-only name fails with NameError
try:
    class D:
        limit = 3
        values = [n for n in range(10) if n < limit]
except NameError as e:
    print(type(e).__name__, e)


# a lambda in the class body does not see class names either
class E:
    y = 5
    get_y = lambda self: y


try:
    E().get_y()
except NameError as e:
    print(type(e).__name__, e)


# the usual workaround: pass the class value through the outermost iterable
class F:
    limit = 3
    values = [n for n in range(limit)]
    table = [(a, b) for a, b in zip(range(limit), "xyz")]


print(F.values, F.table)


# inside a function, the class body sees the function's locals, and so do its comprehensions
def build(limit):
    class G:
        small = [n for n in range(10) if n < limit]
        label = f"limit={limit}"
        limit_copy = limit
    return G


G = build(4)
print(G.small, G.label, G.limit_copy)


# a class-level name shadowing an enclosing function local: methods see the function's
def outer():
    name = "function local"

    class H:
        name = "class attr"

        def get(self):
            return name

        names = [name for _ in range(1)]
    return H


H = outer()
print(H().get(), H.name, H.names)
