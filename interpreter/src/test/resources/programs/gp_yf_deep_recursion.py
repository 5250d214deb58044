# a chain of 500 nested yield from levels: values and the return value cross all of them
def nest(n):
    if n == 0:
        x = yield "bottom"
        yield f"bottom got {x}"
        return 0
    r = yield from nest(n - 1)
    return r + 1

g = nest(500)
print(next(g))
print(g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(500)))

def deep_throw(n):
    if n == 0:
        try:
            yield "ready"
        except KeyError:
            yield "caught at the bottom"
    else:
        yield from deep_throw(n - 1)
g = deep_throw(450)
next(g)
print(g.throw(KeyError))
g.close()
