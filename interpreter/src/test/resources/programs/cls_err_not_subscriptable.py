class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point[0]
except TypeError as e:
    print(type(e).__name__, e)
print(p.x)
first = p[0]
