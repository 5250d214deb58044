class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other="world"):
        return f"{self.name} greets {other}"


g = Greeter("ann")
m = g.greet
print(m(), m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(type(m).__name__, type(Greeter.greet).__name__)
# each attribute access creates a new bound method object, but they compare equal
print(g.greet is g.greet, g.greet == g.greet, g.greet == Greeter("ann").greet)
print(Greeter.greet(g, "via class"))
print(Greeter.greet is Greeter.greet)

# bound methods keep their instance alive and see later changes
g.name = "ANN"
print(m())

# bound methods as callbacks
names = ["x", "y"]
print(list(map(g.greet, names)))
append = names.append
append("z")
print(names)
actions = {"hi": Greeter("h").greet, "yo": Greeter("y").greet}
print([actions[k]("you") for k in sorted(actions)])


# methods of a subclass instance bound to inherited functions
class Loud(Greeter):
    def greet(self, other="world"):
        return super().greet(other).upper()


lg = Loud("lou")
print(lg.greet(), Greeter.greet(lg), Loud.greet(lg, "x"))
print(lg.greet.__func__ is Loud.greet, lg.greet.__func__ is Greeter.greet)

# a function assigned to the class later becomes a method
def shout(self, n=1):
    return self.name.upper() + "!" * n


Greeter.shout = shout
print(g.shout(), lg.shout(3), g.shout.__func__ is shout)

# a function stored on the instance is not bound
g.plain = shout
print(g.plain(g, 2))

# methods called through getattr with a computed name
for name in ["greet", "shout"]:
    print(getattr(g, name)())

# class attributes that are callables other than functions are not bound
class Holder:
    builtin = len
    lam = lambda self: "lambda bound"


h = Holder()
print(h.builtin("abc"), h.lam())

# a bound method of a generator method
class Gen:
    def __init__(self, n):
        self.n = n

    def up(self):
        yield from range(self.n)


make = Gen(3).up
print(list(make()), list(make()))
