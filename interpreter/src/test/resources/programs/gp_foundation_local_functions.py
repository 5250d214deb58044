# generator functions defined in functions, returned closures that outlive the generator, recursion
def make_counter(step):
    def counter(limit):
        n = 0
        while n < limit:
            yield n
            n += step
    return counter

by3 = make_counter(3)
print(list(by3(10)), by3.__name__, by3(1).__qualname__)
def gen_with_callbacks():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda i=i: i * 100)
        yield len(callbacks)
    return callbacks
g = gen_with_callbacks()
print(list(g))
g = gen_with_callbacks()
while True:
    try:
        next(g)
    except StopIteration as e:
        print([cb() for cb in e.value])
        break
def evens_below(n):
    if n > 0:
        yield from evens_below(n - 2)
        if n % 2 == 0:
            yield n
print(list(evens_below(10)))
