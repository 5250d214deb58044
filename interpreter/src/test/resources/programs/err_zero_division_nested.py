def ratio(a, b):
    return a / b

def ratios(pairs):
    return [ratio(a, b) for a, b in pairs]

def report():
    values = ratios([(1, 2), (3, 4), (5, 0)])
    print(values)

print("computing")
report()
