# yield from over an already exhausted generator yields nothing and gives None
def sub():
    yield 1
    return "sub value"

def main(s):
    r = yield from s
    print("result:", r)
    r = yield from s
    print("again:", r)

s = sub()
print(list(main(s)))
s = sub()
next(s)
print(list(main(s)))
it = iter([1, 2])
def twice():
    yield from it
    yield "-"
    yield from it
print(list(twice()))
