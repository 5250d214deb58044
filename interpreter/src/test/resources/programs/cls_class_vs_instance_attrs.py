class Dog:
    kind = "canine"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("Fido")
b = Dog("Buddy")
print(a.kind, b.kind, Dog.kind)
a.add_trick("roll over")
b.add_trick("play dead")
print(a.tricks, b.tricks, Dog.tricks)
print(a.tricks is b.tricks)

# shadowing: assignment via instance creates an instance attribute
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
print("kind" in vars(a), "kind" in vars(b))
del a.kind
print(a.kind)

# assignment to the class is seen by all instances without their own
Dog.kind = "dog"
print(a.kind, b.kind)

# augmented assignment through an instance reads the class value, writes the instance
a.count += 1
a.count += 1
b.count += 5
print(a.count, b.count, Dog.count)
Dog.count = 100
print(a.count, b.count, Dog.count, Dog("new").count)


# a class attribute list replaced per instance
class Bag:
    items = []

    def __init__(self, own):
        if own:
            self.items = []

    def put(self, x):
        self.items.append(x)
        return self


shared1 = Bag(False).put(1)
shared2 = Bag(False).put(2)
own = Bag(True).put(3)
print(Bag.items, shared1.items, own.items)


# class attribute referencing another class attribute
class Config:
    base = 10
    double = base * 2
    names = ["a", "b"]
    upper = [n.upper() for n in names]


print(Config.base, Config.double, Config.upper)
cfg = Config()
cfg.base = 1
print(cfg.base, cfg.double, Config.base)


# methods are class attributes too; an instance attribute can shadow a method
class Greeter:
    def greet(self):
        return "hi"


g = Greeter()
print(g.greet())
g.greet = lambda: "shadowed"
print(g.greet())
print(Greeter().greet())
del g.greet
print(g.greet())

# adding a method to the class after instances exist
def shout(self):
    return self.greet().upper() + "!"


Greeter.shout = shout
print(g.shout())
print(hasattr(g, "shout"), hasattr(g, "whisper"))
print(getattr(g, "whisper", "no whisper"))
setattr(g, "whisper", "psst")
print(g.whisper)
delattr(g, "whisper")
print(hasattr(g, "whisper"))
