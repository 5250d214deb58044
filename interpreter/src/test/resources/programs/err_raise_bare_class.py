def validate(n):
    if n < 0:
        raise ValueError
    return n

def gen(values):
    for v in values:
        yield validate(v)

print(list(gen([1, 2])))
print(list(gen([1, -2])))
