# a StopIteration leaking out of a generator body: RuntimeError, chained to the StopIteration
def first_two(it):
    yield next(it)
    yield next(it)

for v in first_two(iter([1])):
    print(v)
