class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass

    def method(self):
        class InMethod:
            pass
        return InMethod


def factory():
    class Local:
        def m(self):
            pass
    return Local


print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__name__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
InMethod = Outer().method()
print(InMethod.__name__, InMethod.__qualname__, InMethod.__module__)
Local = factory()
print(Local.__name__, Local.__qualname__)
print(Local.m.__qualname__)
print(factory().__qualname__)
print(factory() is factory())

o = Outer()
print(o.__class__ is Outer, o.__class__.__name__)
print(Outer.Inner().__class__.__qualname__)
print(type(o).__qualname__, type(Local()).__qualname__)
print(Outer)
print(Outer.Inner)
print(Local)
print(type(o))
print(repr(Outer.Inner.Deepest))
print(str(InMethod))
print(f"{Outer}")


def make_deep():
    def inner():
        class Deep:
            class Deeper:
                pass
        return Deep
    return inner()


D = make_deep()
print(D.__qualname__)
print(D.Deeper.__qualname__)
print(D)

# names of builtin types via the same attributes
print(int.__name__, int.__qualname__, int.__module__)
print(type(3).__name__, type("").__name__, type([]).__name__, type(None).__name__)
print(type(Outer).__name__)
print(type(Outer.method).__name__, type(o.method).__name__)
print(Outer.method.__module__)

# renaming a class through __name__ and __qualname__
class Temp:
    pass


Temp.__name__ = "Renamed"
print(Temp.__name__, Temp.__qualname__)
Temp.__qualname__ = "Space.Renamed"
print(Temp)
