class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(x=2), add5(1, scale=10))
print(add5.calls, callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-10)))
print(add5.__call__(0))


# a callable used as a decorator that counts calls
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.func(*args, **kwargs)


@CountCalls
def greet(name, punctuation="!"):
    return f"hello {name}{punctuation}"


print(greet("a"), greet("b", punctuation="?"))
print(greet.count, type(greet).__name__)


# a decorator class with arguments
class Repeat:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        def wrapper(*args):
            return [func(*args) for _ in range(self.times)]
        return wrapper


@Repeat(3)
def roll(x):
    return x * 2


print(roll(4))


# instances without __call__ are not callable
class Plain:
    pass


print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)


# __call__ assigned on the instance is ignored, on the class it works
p = Plain()
p.__call__ = lambda: "instance call"
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
Plain.__call__ = lambda self: "class call"
print(p(), Plain()())


# a callable object returning a generator
class Repeater:
    def __init__(self, word):
        self.word = word

    def __call__(self, n):
        for i in range(n):
            yield f"{self.word}{i}"


print(list(Repeater("w")(3)))


# memoising callable
class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))


# callable stored as an attribute of another class is not bound
class Holder:
    op = Adder(100)


print(Holder.op(1), Holder().op(1))
