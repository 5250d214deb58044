# genexps pull from their source one item at a time, interleaved with the consumer
def numbers():
    for i in range(4):
        print("produce", i)
        yield i

doubled = (print("double", n) or n * 2 for n in numbers())
filtered = (d for d in doubled if print("filter", d) or d != 2)
print("pipeline built")
for v in filtered:
    print("consume", v)
    if v >= 4:
        break
print("remaining:", list(filtered))
