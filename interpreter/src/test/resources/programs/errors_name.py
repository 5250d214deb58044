def gen():
    yield 1
    yield undefined_name

for v in gen():
    print(v)
