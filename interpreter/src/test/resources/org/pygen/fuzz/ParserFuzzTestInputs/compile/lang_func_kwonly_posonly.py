# keyword-only (after * or *args) and positional-only (before /) parameters
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=4, b=2), kwonly(a=0, b=1))
def after_varargs(*args, flag=False):
    return args, flag
print(after_varargs(1, 2), after_varargs(1, flag=True))
def posonly(a, b, /, c, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, d=5))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def posonly_kwargs(a, /, **kw):
    return a, kw
print(posonly_kwargs(1, a=2), posonly_kwargs(1, b=2, a=3))
def only_pos(x, y=10, /):
    return x + y
print(only_pos(1), only_pos(1, 2))
def defaults_everywhere(a=1, /, b=2, *, c=3):
    return a, b, c
print(defaults_everywhere(), defaults_everywhere(9), defaults_everywhere(9, 8, c=7), defaults_everywhere(b=0))
tests = [
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: kwonly(1, b=2, d=4),
    lambda: posonly(a=1, b=2, c=3),
    lambda: posonly(1, b=2, c=3),
    lambda: posonly(1, 2),
    lambda: mixed(1, 2, 3),
    lambda: mixed(a=1, b=2, c=3),
    lambda: only_pos(x=1),
    lambda: only_pos(1, 2, 3),
    lambda: defaults_everywhere(1, 2, 3),
    lambda: after_varargs(flag=1, flag2=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
def kw_no_default_first(*, z, a=1, m):
    return z, a, m
print(kw_no_default_first(m=3, z=1))
try:
    kw_no_default_first()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_no_default_first(z=1)
except TypeError as e:
    print(type(e).__name__, e)
