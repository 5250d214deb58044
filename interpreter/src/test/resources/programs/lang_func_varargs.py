# *args and **kwargs: collection, order, forwarding, mixing with defaults
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "two", c=3, d=[4]))
def first_rest(first, *rest):
    return first, rest, type(rest).__name__
print(first_rest(1), first_rest(1, 2, 3))
def defaults_then_args(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(defaults_then_args(1))
print(defaults_then_args(1, 20, 30, 40, c=50, d=60))
print(defaults_then_args(1, c=5, b=7, z=0))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"q": 1, "b": 2}, c=3))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(x, y, z=0):
    return x + y + z
print(forward(1, 2), forward(1, y=2, z=3), forward(*[1, 2, 3]), forward(**{"x": 1, "y": 1}))
def count_args(*args):
    return len(args)
print(count_args(*range(10)), count_args(*"abc", *[1, 2]), count_args(*()), count_args(*{}, *{1: 2}))
def kw_keys(**kw):
    return sorted(kw.items())
print(kw_keys(**dict(a=1), **{"b": 2}), kw_keys(**{}))
def modify(*args):
    args = list(args)
    args.append("new")
    return args
print(modify(1, 2))
def mutate_kwargs(**kw):
    kw["added"] = True
    return kw
original = {"x": 1}
print(mutate_kwargs(**original), original)
def sum_all(*nums, start=0):
    return sum(nums, start)
print(sum_all(1, 2, 3), sum_all(1, 2, start=100), sum_all())
def describe(name, *tags, sep=", ", **attrs):
    parts = [name] + list(tags) + [f"{k}={v}" for k, v in attrs.items()]
    return sep.join(parts)
print(describe("item"), describe("item", "a", "b"), describe("item", "t", sep="|", color="red", size=3))
def star_generator(*args):
    return args
print(star_generator(*(i * i for i in range(4))), star_generator(*map(str, [1, 2])))
def nested_star(*args):
    return [*args, *args]
print(nested_star(1, 2))
