# unpacking too many values from a generator: the generator was pulled one past the target count
def pairs():
    for i in range(5):
        print("pulled", i)
        yield i

a, b = pairs()
