# A yield-from walk over a binary tree built of tuples (value, left, right).
DEPTH = 18
WALKS = 6


def build(depth, value):
    if depth == 0:
        return None
    return (value, build(depth - 1, value * 2 % 1000003), build(depth - 1, value * 2 % 1000003 + 1))


def walk(node):
    if node is None:
        return
    value, left, right = node
    yield from walk(left)
    yield value
    yield from walk(right)


tree = build(DEPTH, 1)
total = 0
count = 0
w = 0
while w < WALKS:
    for v in walk(tree):
        total = (total * 3 + v) % 1000000007
        count += 1
    w += 1
print("tree_walk", count, total)
