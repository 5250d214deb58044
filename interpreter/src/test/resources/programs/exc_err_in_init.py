class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs at least 3 sides, not {sides}")
        self.sides = sides


class Polygon(Shape):
    def __init__(self, name, sides):
        super().__init__(sides)
        self.name = name


shapes = [Polygon("triangle", 3), Polygon("square", 4)]
print([(s.name, s.sides) for s in shapes])
shapes.append(Polygon("line", 2))
