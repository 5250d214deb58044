def load(text):
    try:
        return [int(x) for x in text.split()]
    except ValueError as e:
        raise RuntimeError("bad input: " + repr(text)) from e

print(load("1 2 3"))
print(load("1 two 3"))
