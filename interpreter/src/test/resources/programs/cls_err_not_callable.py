class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(callable(p), callable(Point))
try:
    p.x()
except TypeError as e:
    print(type(e).__name__, e)
handlers = {"point": p, "factory": Point}
print(type(handlers["factory"](3, 4)).__name__)
handlers["point"](3, 4)
