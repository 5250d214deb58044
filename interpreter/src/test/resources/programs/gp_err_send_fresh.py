# sending a non-None value to a just-started generator is a TypeError
def accumulator():
    total = 0
    while True:
        total += yield total

acc = accumulator()
print("created")
acc.send(10)
