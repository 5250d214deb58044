b = [0, 1, 2, 3]
for bad in (5, None, 2.5):
    try:
        b[1:3] = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        b[::2] = bad
    except TypeError as e:
        print(type(e).__name__, e)
print(b)
