# an exception in a function applied by map to a generator, raised while list() consumes it
def src():
    yield "10"
    yield "20"
    yield "x"

def convert(s):
    return int(s) * 2

print(list(map(convert, src())))
