class Defaults:
    existing = "class attribute"

    def __init__(self):
        self.own = "instance attribute"

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("opt_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has nothing called {name!r}")


d = Defaults()
print(d.own)
print(d.existing)
print(d.opt_color)
print(getattr(d, "opt_size"))
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "opt_x"), hasattr(d, "nope"))
print(getattr(d, "nope", "default used"))
d.opt_color = "set directly"
print(d.opt_color)


# a proxy delegating unknown attributes to a wrapped object
class Proxy:
    def __init__(self, target):
        self._target = target
        self.accessed = []

    def __getattr__(self, name):
        self.accessed.append(name)
        return getattr(self._target, name)


lst = Proxy([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._target, lst.accessed)
print(lst.count(3), lst.index(2))
try:
    lst.no_such_method
except AttributeError as e:
    print(type(e).__name__, e)
print(lst.accessed)


# __getattr__ is not used for special method lookup by operators
class Magic:
    def __getattr__(self, name):
        return lambda *args: f"dynamic {name}"


m = Magic()
print(m.anything(), m.__len__())
try:
    len(m)
except TypeError as e:
    print(type(e).__name__, e)


# __getattr__ with an AttributeError from a property falls back too
class WithProperty:
    @property
    def prop(self):
        raise AttributeError("inside property")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(WithProperty().prop)


# attribute chains built dynamically
class Path:
    def __init__(self, parts=()):
        self.parts = parts

    def __getattr__(self, name):
        return Path(self.parts + (name,))

    def __str__(self):
        return "/" + "/".join(self.parts)


print(Path().usr.local.bin)
print(str(Path().a.b), Path().x.parts)


# __getattribute__ is out of scope; a class-level __getattr__ does not affect the class itself
try:
    Defaults.opt_class
except AttributeError as e:
    print(type(e).__name__, e)
