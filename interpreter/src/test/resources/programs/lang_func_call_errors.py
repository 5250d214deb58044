# the TypeError texts for every kind of wrong call
def none():
    pass
def one(n):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def star(a, *args):
    pass
def kwo(a, *, k):
    pass
def kwo2(*, x, y, z):
    pass
def pos(a, /, b):
    pass
calls = [
    lambda: none(1), lambda: none(1, 2), lambda: none(x=1),
    lambda: one(), lambda: one(1, 2), lambda: one(n=1, m=2), lambda: one(1, n=2),
    lambda: two(), lambda: two(1), lambda: two(b=1), lambda: two(1, 2, 3), lambda: two(1, a=2),
    lambda: three(), lambda: three(1), lambda: three(c=1),
    lambda: opt(), lambda: opt(1, 2, 3), lambda: opt(1, 2, 3, 4), lambda: opt(1, c=3),
    lambda: star(), lambda: star(1, a=2), lambda: star(1, 2, b=3),
    lambda: kwo(1, 2), lambda: kwo(1, 2, k=3), lambda: kwo(1), lambda: kwo(), lambda: kwo(1, 2, 3),
    lambda: kwo2(), lambda: kwo2(x=1), lambda: kwo2(1, y=2, z=3), lambda: kwo2(x=1, y=2, z=3, w=4),
    lambda: pos(a=1, b=2), lambda: pos(1), lambda: pos(1, 2, 3),
    lambda: len(), lambda: len(1, 2), lambda: len([], x=1), lambda: abs(), lambda: isinstance(1),
    lambda: "x".split(1), lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(1, 2, 3),
    lambda: sorted(), lambda: sorted([1], [2]), lambda: divmod(1), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: print(foo=1), lambda: int(1, 2, 3), lambda: "".join(), lambda: max(), lambda: ord(),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
