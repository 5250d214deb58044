class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        self.log.append(f"set {value}")
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
print(t.celsius)
t.celsius += 10
print(t.celsius)
del t.celsius
print(hasattr(t, "_celsius"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(t.log)
print("celsius" in vars(t), sorted(vars(t)))

# the property object itself, found on the class
prop = Temperature.__dict__["celsius"]
print(type(prop).__name__, isinstance(prop, property))
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(Temperature.fahrenheit.fdel)


# property built with property(...) call and a doc
class Box:
    def __init__(self):
        self._w = 1

    def get_w(self):
        return self._w

    def set_w(self, v):
        self._w = max(0, v)

    width = property(get_w, set_w, None, "the width")
    area = property(lambda self: self._w * self._w)


b = Box()
b.width = 5
print(b.width, b.area)
b.width = -3
print(b.width, b.area, Box.width.__doc__)


# a computed, cached property and inheritance of properties
class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None

    @property
    def area(self):
        if self._area is None:
            print("  computing")
            self._area = 3 * self.r * self.r
        return self._area


class Tagged(Circle):
    @property
    def area(self):
        return f"area={super().area}"


c = Circle(2)
print(c.area)
print(c.area)
print(Tagged(1).area)


# a property in a subclass overriding a plain attribute of the base
class Plain:
    name = "plain"


class Computed(Plain):
    @property
    def name(self):
        return "computed " + super().name


print(Plain().name, "|", Computed().name)

# properties are looked up before the instance dict
obj = Computed()
obj.__dict__["name"] = "in dict"
print(obj.name, vars(obj))
