class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child is not None:
                yield from child.preorder()

    def postorder(self):
        for child in (self.left, self.right):
            if child is not None:
                yield from child.postorder()
        yield self.value

    def __iter__(self):
        return self.inorder()

    def depth_first_paths(self, prefix=()):
        path = prefix + (self.value,)
        if self.left is None and self.right is None:
            yield path
        if self.left:
            yield from self.left.depth_first_paths(path)
        if self.right:
            yield from self.right.depth_first_paths(path)

    def height(self):
        return 1 + max((c.height() for c in (self.left, self.right) if c), default=0)

    def insert(self, value):
        if value < self.value:
            if self.left is None:
                self.left = Tree(value)
            else:
                self.left.insert(value)
        else:
            if self.right is None:
                self.right = Tree(value)
            else:
                self.right.insert(value)
        return self

    def __repr__(self):
        if self.left is None and self.right is None:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {self.left!r}, {self.right!r})"


t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t.inorder()))
print(list(t.preorder()))
print(list(t.postorder()))
print(list(t), sum(t), max(t), 5 in t, 9 in t)
print(list(t.depth_first_paths()))
print(t.height())

bst = Tree(50)
for v in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    bst.insert(v)
print(list(bst))
print(bst.height(), len(list(bst.depth_first_paths())))
print(Tree(1, None, Tree(2)))

# walking lazily: stop early, and two walks interleaved
walk = iter(bst)
print([next(walk) for _ in range(3)])
a, b = bst.preorder(), bst.postorder()
print([(next(a), next(b)) for _ in range(4)])

# a degenerate deep tree exercises nested yield from
chain = Tree(0)
node = chain
for i in range(1, 200):
    node.right = Tree(i)
    node = node.right
print(sum(chain), list(chain)[-3:], chain.height())


# a general n-ary tree with a breadth-first generator and a generator of levels
class Node:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def walk(self, depth=0):
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)

    def breadth_first(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.name
            queue.extend(node.children)

    def leaves(self):
        if not self.children:
            yield self
            return
        for c in self.children:
            yield from c.leaves()


root = Node("root", Node("a", Node("a1"), Node("a2")), Node("b"), Node("c", Node("c1", Node("c1x"))))
for depth, name in root.walk():
    print("  " * depth + name)
print(list(root.breadth_first()))
print([leaf.name for leaf in root.leaves()])
