# decorators: plain, with arguments, stacked (order of application and of calls), on lambdas' results
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result!r}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add("x", "y")
print(add.__name__, calls)

def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))

def tag(name):
    print("creating tag decorator", name)
    def decorate(fn):
        print("applying", name, "to", fn.__name__)
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text():
    return "hello"
print(text())

registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"](), alpha is registry["alpha"])

call_counts = {}
def count_calls(fn):
    call_counts[fn.__name__] = 0
    def wrapper(*args):
        call_counts[fn.__name__] += 1
        return fn(*args)
    return wrapper
@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], call_counts)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        cache[n] = result = fn(n)
        return result
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(90))

def validate(*types):
    def decorate(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return decorate
@validate(int, str)
def label(n, s):
    return s * n
print(label(2, "ab"))
try:
    label("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)

def decorator_returning_other(fn):
    return lambda *a: "replaced"
@decorator_returning_other
def original():
    return "original"
print(original(), original.__name__)

make_bold = lambda fn: lambda: "**" + fn() + "**"
@make_bold
def plain():
    return "text"
print(plain())

decorators = [trace, count_calls]
@decorators[1]
def indexed_decorator(x):
    return x + 1
print(indexed_decorator(1), indexed_decorator(2), call_counts)
