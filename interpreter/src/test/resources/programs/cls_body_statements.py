print("before class")


class Table:
    print("class body runs once, at definition")
    squares = {}
    for i in range(5):
        squares[i] = i * i
    del i
    if len(squares) > 3:
        size = "big"
    else:
        size = "small"
    while len(squares) < 7:
        squares[len(squares)] = -1
    try:
        risky = int("not a number")
    except ValueError:
        risky = None
    temp = "removed later"
    del temp
    x, *rest = [1, 2, 3]
    with_default = rest[0] if rest else 0

    def show(self):
        return self.size


print("after class")
print(Table.squares)
print(Table.size, Table.risky, Table.x, Table.rest, Table.with_default)
print(hasattr(Table, "i"), hasattr(Table, "temp"))
print(Table().show())


# names in the class body are not visible inside methods
value = "global value"


class Scope:
    value = "class value"

    def read(self):
        return value

    def read_class(self):
        return self.value, Scope.value


print(Scope().read(), Scope().read_class())


# class body reading a global then shadowing it
counter = 10


class Shadow:
    counter = counter + 1
    doubled = counter * 2


print(counter, Shadow.counter, Shadow.doubled)


# a function defined in the class body used within the body itself
class Helpers:
    def _double(x):
        return x * 2

    values = [_double(1), _double(2)]
    doubled_list = list(map(_double, [3, 4]))
    del _double


print(Helpers.values, Helpers.doubled_list, hasattr(Helpers, "_double"))


# conditional method definitions
DEBUG = True


class Service:
    if DEBUG:
        def mode(self):
            return "debug"
    else:
        def mode(self):
            return "release"

    for name in ("start", "stop"):
        pass
    last_name = name


print(Service().mode(), Service.last_name, Service.name)


# a class body returning values through a nested class and a lambda
class Outer:
    base = 5
    scale = lambda self, v: v * 3

    class Inner:
        label = "inner"


print(Outer().scale(2), Outer.Inner.label, Outer.base)


# the class statement is executed each time the enclosing code runs
def make(n):
    class Made:
        number = n
        print("defining Made with", n)
    return Made


m1 = make(1)
m2 = make(2)
print(m1.number, m2.number, m1 is m2)
