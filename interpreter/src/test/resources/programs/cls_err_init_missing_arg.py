class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


for args in [(1,), (1, 2, 3), ()]:
    try:
        Point(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1, x=2)
except TypeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class Method:
    def run(self, a):
        return a


try:
    Method().run()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Method().run(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Method.run(5)
except TypeError as e:
    print(type(e).__name__, e)


def make_points(coords):
    return [Point(*c) for c in coords]


print(len(make_points([(1, 2), (3, 4)])))
make_points([(1, 2), (3,)])
