# bare return, return None and falling off the end all give StopIteration with value None
def bare(flag):
    yield 1
    if flag:
        return
    yield 2

def explicit_none():
    yield 1
    return None

def falls_off():
    yield 1

for g in (bare(True), bare(False), explicit_none(), falls_off()):
    items = []
    while True:
        try:
            items.append(next(g))
        except StopIteration as e:
            print(items, e.value, e.args, repr(e))
            break
