# closures: shared cells, late binding, loops, nested levels, closures outliving their frame
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get())
g2, s2 = make_pair()
print(g2(), get(), "separate cells per call")

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs], "late binding sees the final i")
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], "default captures the current i")

def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            return a + b + c
        return level3
    return level2()
print(level1()())

def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print(c("a"), c("b"), c("a"), c("a"))

def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())

def loop_closures():
    result = []
    for name in ["x", "y"]:
        def greet(prefix):
            return prefix + name
        result.append(greet)
    return result
print([f("hi ") for f in loop_closures()])

def accumulator(total=0):
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(100))

def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))

caches = []
def memo(fn):
    cache = {}
    caches.append(cache)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(caches[0]))

def cell_in_comprehension():
    k = 3
    return [k * j for j in range(3)], {j: k for j in "ab"}, list(k + j for j in range(2))
print(cell_in_comprehension())

def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
