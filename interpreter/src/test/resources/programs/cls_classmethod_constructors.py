class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day
        type(self).created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class BirthDay(Date):
    def age_in(self, year):
        return year - self.year


d = Date.from_string("2024-02-29")
print(d, Date.epoch())
b = BirthDay.from_string("1990-07-04")
print(b, b.age_in(2024))
print(type(BirthDay.epoch()).__name__)
print(Date.kind(), BirthDay.kind(), b.kind(), d.kind())
print(Date.created, BirthDay.created)

# a class method called through an instance still receives the class
print(b.from_string("2000-01-01"))

# class methods keeping a per-class registry
class Plugin:
    registry = None

    @classmethod
    def register(cls, name):
        if cls.registry is None:
            cls.registry = []
        cls.registry.append(name)
        return cls

    @classmethod
    def names(cls):
        return list(cls.registry or [])


class AudioPlugin(Plugin):
    pass


Plugin.register("core")
AudioPlugin.register("mp3").register("ogg")
print(Plugin.names(), AudioPlugin.names())
print(AudioPlugin.registry is Plugin.registry)

# classmethod created by a call, and its __func__
def build(cls, n):
    return [cls.__name__] * n


class Builder:
    build = classmethod(build)


print(Builder.build(2), Builder().build(1))
print(type(Builder.__dict__["build"]).__name__)
print(Builder.__dict__["build"].__func__ is build)


# class methods that chain through super()
class Shape:
    @classmethod
    def unit(cls):
        return cls(1)

    def __init__(self, size):
        self.size = size


class Square(Shape):
    @classmethod
    def unit(cls):
        obj = super().unit()
        obj.tag = "unit square"
        return obj


u = Square.unit()
print(type(u).__name__, u.size, u.tag)

# a classmethod generator
class Seq:
    start = 1

    @classmethod
    def numbers(cls, n):
        for i in range(n):
            yield cls.start + i


class Seq10(Seq):
    start = 10


print(list(Seq.numbers(3)), list(Seq10.numbers(3)))
