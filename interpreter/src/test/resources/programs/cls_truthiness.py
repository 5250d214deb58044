class Plain:
    pass


print(bool(Plain()), not Plain())


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on

    def __repr__(self):
        return f"Flag({self.on})"


print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print("not here")
else:
    print("else branch")
print(not Flag(True))
while Flag(False):
    pass
print(Flag(True) and "right operand")
print(Flag(False) or "fallback")
print(Flag(False) and "never")
x = Flag(True) if Flag(False) else "conditional else"
print(x)
print([f.on for f in [Flag(True), Flag(False)] if f])
print(any([Flag(False), Flag(True), Flag(True)]))
print(all([Flag(True), Flag(False), Flag(True)]))
print(list(filter(None, [Flag(True), Flag(False)]))[0].on)


class Container:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print(f"  __len__ -> {len(self.items)}")
        return len(self.items)


print(bool(Container([])), bool(Container([1])))
if not Container([]):
    print("empty container is falsy")


# __bool__ takes precedence over __len__
class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Both()), len(Both()))


# a __bool__ returning a non-bool value is an error, even an int
class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)


# inherited __bool__ and overriding in a subclass
class Maybe:
    def __init__(self, value=None):
        self.value = value

    def __bool__(self):
        return self.value is not None


class Always(Maybe):
    def __bool__(self):
        return True


print(bool(Maybe()), bool(Maybe(0)), bool(Always()), bool(Always(1)))
print([type(m).__name__ for m in [Maybe(), Always(), Maybe(3)] if m])


# short-circuit: the operand object itself is the result of and/or
a, b = Maybe(), Maybe("v")
print((a or b).value, (a and b).value, (b and a).value, (b or a).value)
