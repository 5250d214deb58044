def inner(n):
    return 10 // n

def outer(n):
    total = 0
    for i in range(n, -1, -1):
        total += inner(i)
    return total

print(outer(3))
