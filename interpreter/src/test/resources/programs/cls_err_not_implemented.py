class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area must be overridden")

    def report(self):
        return f"{type(self).__name__}: {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Blob(Shape):
    pass


for shape in [Square(3), Square(5)]:
    print(shape.report())
try:
    Shape().report()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Blob().report())
