class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Sized:
    def __len__(self):
        return 2


print(len(Sized()), bool(Point(0, 0)))


def sizes(items):
    return [len(item) for item in items]


print(sizes(["ab", [1], Sized()]))
print(sizes(["ab", Point(1, 2)]))
