# messages of common errors, caught and printed
def two(a, b):
    return a + b
def kw(a, *, b):
    return a
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: two(1, 2, 3))
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, c=2))
show(lambda: two(1, 2, a=3))
show(lambda: kw(1, 2))
show(lambda: (lambda: 0)(1))
show(lambda: undefined_thing)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 1.0 / 0)
show(lambda: [1, 2, 3][3])
show(lambda: (1,)[-2])
show(lambda: {"a": 1}["b"])
show(lambda: {}[(1, 2)])
show(lambda: int("x"))
show(lambda: int("3.5"))
show(lambda: (5).append(1))
show(lambda: [].push(1))
show(lambda: "s".nope)
show(lambda: None.attr)
five, text, nothing = 5, "text", None
show(lambda: five())
show(lambda: text(1))
show(lambda: nothing())
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: -"x")
show(lambda: "a" * "b")
show(lambda: 1 < "a")
show(lambda: [] < 0)
show(lambda: len(5))
show(lambda: next([1]))
show(lambda: iter(5))
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: 2 ** 10000 * 1.0)
show(lambda: 10 ** 400 / 1)
show(lambda: [1, 2].index(9))
show(lambda: max([]))
show(lambda: min())
def unpack2(seq):
    a, b = seq
def unbound():
    print(x)
    x = 1
show(lambda: unpack2([1, 2, 3]))
show(lambda: unpack2([1]))
show(lambda: unpack2(5))
show(unbound)
def rec(n):
    return rec(n + 1)
show(lambda: rec(0))
show(lambda: sum(["a", "b"]))
show(lambda: sorted([1, "a"]))
show(lambda: "abc".split(""))
show(lambda: chr(-1))
