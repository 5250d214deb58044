class Animal:
    pass


class Cat(Animal):
    pass


class Kitten(Cat):
    pass


things = [Animal(), Cat(), Kitten(), 3, "s", [1], None, Cat]
for t in things:
    print(type(t).__name__, type(t) is Cat, isinstance(t, Cat))

k = Kitten()
print(type(k))
print(type(k) == Kitten, type(k) == Cat, type(k) is not Animal)
print(type(k).__bases__)
print(Kitten.__bases__, Cat.__bases__, Animal.__bases__)
print(Kitten.__base__, Animal.__base__)
print(type(Kitten), type(type(k)))
print(k.__class__.__name__, k.__class__.__class__.__name__)

# making a new instance from the type of another
def clone_kind(obj):
    return type(obj)()


print(type(clone_kind(k)).__name__)
print(type(clone_kind(Cat())).__name__)

# classes are objects: in containers, as dict keys, passed around
registry = {Animal: "generic", Cat: "feline"}
print(registry[Cat], registry.get(Kitten, "not registered"))
classes = [Kitten, Animal, Cat]
print([c.__name__ for c in classes])
print(sorted(c.__name__ for c in classes))
print(Cat == Cat, Cat != Animal, Cat is Cat)
print(len({Cat, Cat, Animal}))

def make(cls, n):
    return [cls() for _ in range(n)]


print([type(x).__name__ for x in make(Kitten, 2)])

# type() with one argument on builtins and on classes
print(type(1) is int, type(True) is bool, type(1.5).__name__)
print(type(Animal()).__module__)
print(type(int), type(Animal) is type)
print(isinstance(Animal, type), isinstance(Animal(), type))
print(isinstance(k, object), issubclass(Kitten, object), object.__name__)
