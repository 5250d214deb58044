# gi_code is the generator function's code object
def counter(n):
    yield n

g = counter(3)
print(g.gi_code.co_name)
print(g.gi_code is counter.__code__)
print(g.gi_code.co_name == counter.__name__)
ge = (x for x in [])
print(ge.gi_code.co_name)
