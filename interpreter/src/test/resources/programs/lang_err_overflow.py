def grow(amount, years):
    for year in range(years):
        amount = amount ** 2
    return amount

print(grow(1.5, 3))
print(grow(1.5, 20))
