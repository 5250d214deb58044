# nonlocal and global: rebinding, creating globals from functions, nested declarations
total = 0
def add_to_total(n):
    global total
    total += n
add_to_total(5)
add_to_total(7)
print(total)

def make_global():
    global created_later
    created_later = "made inside a function"
make_global()
print(created_later)

def read_global():
    return total * 2
print(read_global())

def nested_global():
    def inner():
        global total
        total = -1
    inner()
    return total
print(nested_global(), total)

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = middle()
    return r, x
print(outer())

def two_levels():
    a = "outer a"
    def mid():
        a = "mid a"
        def inner():
            nonlocal a
            a = "changed by inner"
        inner()
        return a
    return mid(), a
print(two_levels())

def global_and_local_same_name():
    total = "local"
    def g():
        global total
        return total
    return total, g()
print(global_and_local_same_name())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, reset
inc, reset = counter()
print(inc(), inc(), inc())
reset()
print(inc())

def del_nonlocal():
    v = "here"
    def remove():
        nonlocal v
        del v
    remove()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(del_nonlocal())

def del_global():
    global temp
    temp = 1
    del temp
del_global()
try:
    temp
except NameError as e:
    print(type(e).__name__, e)

for_target = "unchanged"
def loop_global():
    global for_target
    for for_target in range(3):
        pass
loop_global()
print(for_target)

def aug_global_list():
    items.append("appended without global")
items = []
aug_global_list()
print(items)

x = "module x"
def comprehension_sees_global():
    return [x for _ in range(2)]
print(comprehension_sees_global())
