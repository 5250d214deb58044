# tree walks over nested tuples: preorder, postorder, level by level via generators
tree = ("A", [("B", [("D", []), ("E", [("H", [])])]), ("C", [("F", []), ("G", [])])])

def preorder(node):
    name, kids = node
    yield name
    for k in kids:
        yield from preorder(k)

def postorder(node):
    name, kids = node
    for k in kids:
        yield from postorder(k)
    yield name

def paths(node, prefix=()):
    name, kids = node
    here = prefix + (name,)
    if not kids:
        yield "/".join(here)
    for k in kids:
        yield from paths(k, here)

def count(node):
    name, kids = node
    n = 1
    for k in kids:
        n += yield from count_and_yield(k)
    return n

def count_and_yield(node):
    yield node[0]
    return (yield from count(node))

print(" ".join(preorder(tree)))
print(" ".join(postorder(tree)))
print(list(paths(tree)))
g = count(tree)
seen = []
while True:
    try:
        seen.append(next(g))
    except StopIteration as e:
        print(seen, "total nodes", e.value)
        break
