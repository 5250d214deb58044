registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_greeting(greeting):
    def decorate(cls):
        def greet(self):
            return f"{greeting}, I am {type(self).__name__}"
        cls.greet = greet
        return cls
    return decorate


def count_instances(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@register
class Alpha:
    pass


@register
@add_greeting("Hello")
class Beta:
    def __init__(self, v=0):
        self.v = v


@count_instances
@add_greeting("Hey")
class Gamma:
    def __init__(self, name):
        self.name = name


print(sorted(registry))
print(registry["Beta"] is Beta)
print(Beta().greet())
print(Gamma("g").greet(), Gamma("h").name)
print(Gamma.instances)
Gamma("x")
print(Gamma.instances)


# a decorator that replaces the class with something else
def singleton(cls):
    instance = cls()
    return lambda: instance


@singleton
class Config:
    def __init__(self):
        self.values = {}


a = Config()
b = Config()
a.values["k"] = 1
print(a is b, b.values)


# a decorator order check
log = []


def tag(name):
    def deco(cls):
        log.append(name)
        cls.tags = getattr(cls, "tags", ()) + (name,)
        return cls
    return deco


@tag("outer")
@tag("middle")
@tag("inner")
class Tagged:
    pass


print(log, Tagged.tags)


# a decorator adding auto-generated __repr__ and __eq__ from a field list
def record(*fields):
    def deco(cls):
        def __init__(self, *values):
            for f, v in zip(fields, values):
                setattr(self, f, v)

        def __repr__(self):
            inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({inner})"

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all(getattr(self, f) == getattr(other, f) for f in fields)

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.fields = fields
        return cls
    return deco


@record("x", "y")
class Pt:
    def dist(self):
        return abs(self.x) + abs(self.y)


p = Pt(1, -2)
print(p, p.dist(), Pt.fields)
print(p == Pt(1, -2), p == Pt(2, 1), p != Pt(1, -2), p == "Pt")
print([Pt(i, "s") for i in range(2)])
