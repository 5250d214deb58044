# pipelines of generators
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def only_even(src):
    for v in src:
        if v % 2 == 0:
            yield v

def squared(src):
    for v in src:
        yield v * v

def labelled(src, label):
    for i, v in enumerate(src):
        yield f"{label}{i}={v}"

pipeline = labelled(squared(only_even(numbers(6))), "sq")
print("built pipeline")
for item in pipeline:
    print(item)

lines = ["# comment", "a=1", "", "b = 2", "# x", "c= 3"]
stripped = (l.strip() for l in lines)
nonempty = (l for l in stripped if l and not l.startswith("#"))
pairs = (l.split("=") for l in nonempty)
config = {k.strip(): int(v) for k, v in pairs}
print(config)

def running_sum(src):
    total = 0
    for v in src:
        total += v
        yield total

def take_while(pred, src):
    for v in src:
        if not pred(v):
            return
        yield v

def count_up():
    n = 1
    while True:
        yield n
        n += 1

print(list(take_while(lambda t: t < 40, running_sum(count_up()))))
print(sum(x * x for x in range(10) if x % 3 == 0))
g1 = (x + 1 for x in range(3))
g2 = (y * 10 for y in g1)
print(list(g2), list(g1))
print(list(zip(count_up(), "abc")))
print(list(map(lambda p: p[0] * p[1], zip(count_up(), [5, 5, 5]))))
