# recursive flatten with yield from; strings are atoms
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

data = [1, [2, (3, 4), [], [[5]]], "six", ([7], (8, [9, ["ten"]]))]
print(list(flatten(data)))
print(sum(v for v in flatten([[1, 2], [3, [4, [5, [6]]]]])))
g = flatten([[["deep"]], "next"])
print(next(g))
print(next(g))
print(next(g, "end"))

def depth_tagged(x, depth=0):
    if isinstance(x, list):
        for item in x:
            yield from depth_tagged(item, depth + 1)
    else:
        yield depth, x
print(list(depth_tagged([1, [2, [3]], 4])))
