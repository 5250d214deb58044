# a generator that calls next on itself: ValueError: generator already executing
def numbers():
    n = 0
    while True:
        n += 1
        if n == 3:
            next(gen)
        yield n

gen = numbers()
print(next(gen))
print(next(gen))
print(next(gen))
