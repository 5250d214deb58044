# return (yield x): the sent value becomes the return value
def ask(question):
    return (yield question)

def survey():
    name = yield from ask("name?")
    age = yield from ask("age?")
    return f"{name} is {age}"

g = survey()
print(next(g))
print(g.send("Ada"))
try:
    g.send(36)
except StopIteration as e:
    print(e.value)

def echo_twice():
    return (yield (yield "first"))
g = echo_twice()
print(next(g))
print(g.send("second"))
try:
    g.send("third")
except StopIteration as e:
    print("returned", e.value)
