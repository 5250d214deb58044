prices = {"apple": 3}

def price_of(item):
    try:
        return prices[item]
    except KeyError:
        return int("unknown price for " + item)

print(price_of("apple"))
print(price_of("kiwi"))
