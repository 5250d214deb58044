# recursive generators: tree walk, permutations
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])

def walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)

for depth, name in walk(tree):
    print("  " * depth + name)

def leaves(node):
    name, children = node
    if not children:
        yield name
    for child in children:
        for leaf in leaves(child):
            yield leaf
print(list(leaves(tree)))

def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

perms = list(permutations([1, 2, 3]))
print(len(perms), perms)
print(sum(1 for _ in permutations(list("abcde"))))
print(next(permutations(list("xyz"))))

def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"
print(list(binary_strings(3)))

def inorder(t):
    if t is not None:
        left, value, right = t
        yield from inorder(left)
        yield value
        yield from inorder(right)
bst = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(inorder(bst)))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(list(countdown(5)), sum(countdown(100)))

def subsets(s):
    if not s:
        yield []
        return
    for sub in subsets(s[1:]):
        yield sub
        yield [s[0]] + sub
print(sorted(subsets([1, 2, 3])))
