class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
for attempt in (list, tuple, sum, sorted):
    try:
        attempt(p)
    except TypeError as e:
        print(attempt.__name__, type(e).__name__, e)
try:
    x, y = p
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in p
except TypeError as e:
    print(type(e).__name__, e)


def coords(points):
    for point in points:
        yield from point


print(list(coords([[1, 2], (3, 4)])))
print(list(coords([p])))
