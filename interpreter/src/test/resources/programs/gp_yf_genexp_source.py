# yield from over generator expressions: laziness is kept through delegation
def numbers():
    for i in range(4):
        print("number", i)
        yield i

def squares_then_cubes():
    yield from (n * n for n in numbers() if n % 2 == 0)
    print("switching")
    yield from (n ** 3 for n in numbers() if n % 2)

g = squares_then_cubes()
print("created")
for v in g:
    print("->", v)
def nested():
    yield from (ch for word in ("ab", "cd") for ch in word)
print(list(nested()))
