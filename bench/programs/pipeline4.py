# A 4-stage generator pipeline: source -> square -> filter -> running-sum window.
N = 6000000


def source(n):
    i = 0
    while i < n:
        yield i
        i += 1


def square(xs):
    for x in xs:
        yield x * x % 1000003


def keep_odd(xs):
    for x in xs:
        if x % 2 == 1:
            yield x


def pairs(xs):
    prev = 0
    for x in xs:
        yield prev + x
        prev = x


total = 0
count = 0
for v in pairs(keep_odd(square(source(N)))):
    total = (total + v) % 1000000007
    count += 1
print("pipeline4", count, total)
