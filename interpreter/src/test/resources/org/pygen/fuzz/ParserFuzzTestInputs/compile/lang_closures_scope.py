# closures, nonlocal, global, lambda
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(10)
inc(); inc(5)
print(get())
inc2, get2 = make_counter(0)
inc2()
print(get(), get2())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())

square = lambda v: v * v
compose = lambda f, g: lambda v: f(g(v))
print(square(7), compose(square, lambda v: v + 1)(3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))

def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(3))

g = "global"
def shadow():
    g = "local"
    return g
print(shadow(), g)
def reader():
    return g
print(reader())
def set_global():
    global new_name
    new_name = "created"
set_global()
print(new_name)
