def numbers():
    yield 1
    yield 2
    yield total_so_far

def doubled(src):
    for v in src:
        yield v * 2

def consume():
    for v in doubled(numbers()):
        print("got", v)

consume()
