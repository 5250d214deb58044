# infinite generators consumed with break, islice-like helpers and next
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

for v in count(10, 5):
    if v > 30:
        break
    print(v)

def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result

print(take(5, count()))
print(take(3, (x * x for x in count(1))))
print(take(4, zip(count(), "abcdef")))
print(take(3, map(lambda a, b: a * b, count(1), count(1))))
print(take(3, filter(lambda x: x % 7 == 0, count(1))))
print(next(x for x in count() if x * x > 200))
c = count()
print(take(3, enumerate(c, 100)), next(c))
