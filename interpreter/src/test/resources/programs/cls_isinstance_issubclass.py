class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Dog(Mammal): pass
class Bat(Mammal, Bird): pass
class Rock: pass


d = Dog()
b = Bat()
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, object))
print(isinstance(d, Bird), isinstance(b, Bird), isinstance(b, Mammal))
print(isinstance(d, (Bird, Rock)), isinstance(d, (Bird, Dog)), isinstance(d, ()))
print(isinstance(d, (Rock, (Bird, (Animal,)))))
print(isinstance(Rock(), Animal))
print(isinstance(3, (Animal, int)), isinstance("s", (Dog, str)))

print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog))
print(issubclass(Bat, (Rock, Bird)), issubclass(Rock, (Animal, Dog)))
print(issubclass(Bat, object), issubclass(bool, int), issubclass(Dog, (int, (str, Mammal))))

# classes are instances of type, not of their bases
print(isinstance(Dog, Animal), isinstance(Dog, type), issubclass(type(d), Mammal))

# filtering a heterogeneous list
zoo = [Dog(), Bat(), Rock(), Bird(), Mammal(), 5]
print([type(z).__name__ for z in zoo if isinstance(z, Mammal)])
print([type(z).__name__ for z in zoo if isinstance(z, (Bird, int))])
print(sum(1 for z in zoo if not isinstance(z, Animal)))

# errors for bad second arguments
try:
    isinstance(d, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Dog, "Animal")
except TypeError as e:
    print(type(e).__name__, e)

# exception classes are classes like the others
class AppError(Exception): pass
class DbError(AppError): pass


print(issubclass(DbError, Exception), issubclass(DbError, BaseException), issubclass(DbError, ValueError))
print(isinstance(DbError("x"), (ValueError, AppError)))


def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, Animal):
        return "animal:" + type(x).__name__
    return "other"


print([kind(x) for x in [True, 1, 2.5, Dog(), Rock(), "s"]])
