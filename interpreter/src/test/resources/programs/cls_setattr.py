class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"  del {name}")
        object.__delattr__(self, name)


o = Logged(1)
o.y = [2]
o.x += 10
setattr(o, "z", "zz")
print(vars(o))
del o.y
delattr(o, "z")
print(vars(o))
try:
    del o.nothing
except AttributeError as e:
    print(type(e).__name__, e)


# read-only after construction
class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Frozen({inner})"


f = Frozen(a=1, b="two")
print(f)
try:
    f.a = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.b
except AttributeError as e:
    print(type(e).__name__, e)
print(f.a, f.b)


# validation and normalisation in __setattr__
class Person:
    def __setattr__(self, name, value):
        if name == "age":
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"invalid age: {value!r}")
        if name == "name":
            value = value.strip().title()
        self.__dict__[name] = value


p = Person()
p.name = "  ada lovelace "
p.age = 36
print(p.name, p.age)
for bad in (-1, "old"):
    try:
        p.age = bad
    except ValueError as e:
        print(type(e).__name__, e)
print(vars(p))


# __setattr__ is inherited, and is skipped for class attribute assignment
class Child(Logged):
    pass


c = Child("c")
Child.shared = "class level"
print(c.shared, vars(c))


# a change-tracking object
class Tracked:
    def __init__(self):
        object.__setattr__(self, "changes", [])

    def __setattr__(self, name, value):
        old = getattr(self, name, None)
        self.changes.append((name, old, value))
        object.__setattr__(self, name, value)


t = Tracked()
t.a = 1
t.a = 2
t.b = "x"
print(t.changes)
