# positional, keyword and default arguments, return
def area(width, height=2, scale=1):
    return width * height * scale

print(area(3))
print(area(3, 4))
print(area(3, 4, 5))
print(area(width=3, height=5))
print(area(3, scale=10))
print(area(height=7, width=2))
print(area(1, scale=2, height=3))

def nothing():
    pass

def early(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return

print(nothing(), early(1), early(-1), early(0))

def defaults_once(item, acc=[]):
    acc.append(item)
    return acc

print(defaults_once(1), defaults_once(2))
print(defaults_once(3, []))

def multi():
    return 1, "two", [3]

a, b, c = multi()
print(a, b, c, multi())

def varargs(first, *rest, **named):
    return first, rest, sorted(named.items())

print(varargs(1))
print(varargs(1, 2, 3, x=4, y=5))
args = [10, 20]
print(area(*args))
opts = {"height": 6, "scale": 2}
print(area(1, **opts))

def kwonly(a, *, b=5):
    return a - b
print(kwonly(1), kwonly(1, b=0))

def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10), recursive(25))
