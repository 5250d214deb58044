# the value of a yield from expression is the subgenerator's return value
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

def main():
    a = yield from sub(2)
    print("sub(2) returned", a)
    b = yield from sub(0)
    print("sub(0) returned", b)
    c = yield from sub(3)
    print("sub(3) returned", c)
    return a + c

g = main()
v = next(g)
while True:
    try:
        v = g.send(v + 100)
        print("yielded", v)
    except StopIteration as e:
        print("main returned", e.value)
        break
