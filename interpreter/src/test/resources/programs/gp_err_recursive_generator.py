# an error at the bottom of a recursive generator: the traceback shows each level
def walk(node):
    if isinstance(node, list):
        for child in node:
            yield from walk(child)
    else:
        yield 10 // node

print(list(walk([5, [2, [0]]])))
