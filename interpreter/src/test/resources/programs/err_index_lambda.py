items = [10, 20, 30]
get = lambda i: items[i]
print(get(0), get(-1))

def use():
    return sum(map(get, range(5)))

print(use())
