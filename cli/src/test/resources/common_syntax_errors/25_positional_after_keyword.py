print(sep="-", 1)
