prices = {"apple": 3, "pear": 4}

def totals(order):
    return {name: prices[name] * qty for name, qty in order.items()}

print(totals({"apple": 2}))
print(totals({"apple": 1, "kiwi": 5}))
