# defaults are evaluated once at def time: the mutable default gotcha and its fixes
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
a = append_to(5)
b = append_to(6)
print(a is b, a)
def append_fixed(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_fixed(1), append_fixed(2), append_fixed(3, [0]))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def stamped(name, ident=next_id()):
    return name, ident
print(stamped("a"), stamped("b"), stamped("c", 99), counter)
limit = 10
def uses_limit(x, cap=limit):
    return min(x, cap)
limit = 1000
print(uses_limit(50), uses_limit(50, limit))
def dict_default(key, value, store={}):
    store[key] = value
    return store
dict_default("x", 1)
print(dict_default("y", 2), dict_default("z", 3) is dict_default("w", 4))
def kw_defaults(*, opt=[]):
    opt.append(len(opt))
    return opt
kw_defaults()
print(kw_defaults(), kw_defaults(opt=[]), kw_defaults())
def make_fns():
    return [lambda x, bias=b: x + bias for b in (1, 10)]
print([fn(5) for fn in make_fns()])
def order_of_evaluation(a=print("default a evaluated"), b=print("default b evaluated")):
    return a, b
print("after def")
print(order_of_evaluation(), order_of_evaluation(1))
def tuple_default(point=(0, 0)):
    x, y = point
    return x + 1, y + 1
print(tuple_default(), tuple_default((5, 5)), tuple_default())
def cache_default(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = cache_default(n - 1) + cache_default(n - 2)
    return _cache[n]
print(cache_default(50), cache_default(60))
