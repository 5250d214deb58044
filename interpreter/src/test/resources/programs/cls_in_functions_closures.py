def make_counter_class(start, step):
    class Counter:
        def __init__(self):
            self.value = start

        def tick(self):
            self.value += step
            return self.value

        def step_size(self):
            return step

    return Counter


Fast = make_counter_class(0, 10)
Slow = make_counter_class(100, 1)
f, s = Fast(), Slow()
print(f.tick(), f.tick(), s.tick(), f.step_size(), s.step_size())
print(Fast.__qualname__, Fast is Slow)


# closures see later changes to the enclosing variable
def make_with_mutable():
    prefix = "a"

    class Talker:
        def say(self, what):
            return prefix + ":" + what

    t = Talker()
    first = t.say("one")
    prefix = "b"
    second = t.say("two")
    return first, second, Talker


first, second, Talker = make_with_mutable()
print(first, second, Talker().say("three"))


# nonlocal inside a method writing a function variable
def tally():
    total = 0

    class Adder:
        def add(self, n):
            nonlocal total
            total += n
            return total

    adder = Adder()
    adder.add(5)
    adder.add(7)
    return total, adder


total, adder = tally()
print(total, adder.add(1))


# a class capturing a loop variable: each class created in a separate call
def make_classes():
    result = []
    for n in range(3):
        def make(n=n):
            class K:
                number = n

                def get(self):
                    return n
            return K
        result.append(make())
    return result


print([(k.number, k().get()) for k in make_classes()])


# class created in a loop directly: methods see the final loop value
def late_binding():
    classes = []
    for n in range(3):
        class L:
            number = n

            def get(self):
                return n
        classes.append(L)
    return [(c.number, c().get()) for c in classes]


print(late_binding())


# a class defined inside a method, closing over self
class Outer:
    def __init__(self, name):
        self.name = name

    def make_inner(self):
        outer_self = self

        class Inner:
            def who(self):
                return f"inner of {outer_self.name}"

        return Inner()


print(Outer("o1").make_inner().who(), Outer("o2").make_inner().who())


# a class factory producing subclasses of a given base
class Base:
    def hello(self):
        return "base hello from " + type(self).__name__


def specialise(base, suffix):
    class Special(base):
        def hello(self):
            return super().hello() + suffix
    return Special


S1 = specialise(Base, "!")
S2 = specialise(S1, "?")
print(S1().hello(), S2().hello())
print([c.__name__ for c in S2.__mro__])


# closures over a generator inside a class in a function
def numbers(limit):
    class Seq:
        def __iter__(self):
            n = 0
            while n < limit:
                yield n
                n += 1
    return Seq()


print(list(numbers(4)), sum(numbers(5)))
