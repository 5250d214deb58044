class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def coords(self):
        return (self.x, self.y, self.z)


p = Point(1, 2)
print(p.x, p.y)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.coords()
except AttributeError as e:
    print(type(e).__name__, e)


def describe(point):
    return f"{point.x},{point.y},{point.z}"


print(describe(p))
