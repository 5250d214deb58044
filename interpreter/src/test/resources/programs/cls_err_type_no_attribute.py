class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point.dims, Point(1, 2).x)
try:
    Point.x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Point, "q", "no q"), hasattr(Point, "dims"))


class Sub(Point):
    pass


try:
    Sub.q
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.q)
