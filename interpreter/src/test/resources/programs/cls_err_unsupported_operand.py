class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


print(Point(1, 2) + Point(3, 4))
try:
    Point(1, 2) * 2
except TypeError as e:
    print(type(e).__name__, e)


def shift(p, amount):
    return p + amount


print(shift(Point(0, 0), Point(1, 1)))
print(shift(Point(0, 0), 1))
