class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    __hash__ = None

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = [Point(3, 1), Point(1, 2)]
print(pts[0] == Point(3, 1), pts[0] != pts[1])
print(sorted(pts, key=lambda p: (p.x, p.y)))
print(min(pts, key=lambda p: p.y))
print(sorted(pts))
