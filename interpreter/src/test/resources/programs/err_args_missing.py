def greet(greeting, name):
    return f"{greeting}, {name}"

def outer():
    def inner():
        return greet("hello")
    return inner()

print(greet("hi", "there"))
print(outer())
