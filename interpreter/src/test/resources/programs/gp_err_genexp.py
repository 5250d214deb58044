# an error inside a generator expression body shows a <genexpr> frame
def ratio(a, b):
    return a / b

values = [4, 2, 0, 1]
results = (ratio(8, v) for v in values)
print(next(results))
print(sum(results))
