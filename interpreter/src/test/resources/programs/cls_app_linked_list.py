class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self.tail = None
        self.size = 0
        for item in iterable:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1
        return self

    def prepend(self, value):
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1
        return self

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return node.value

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                if node is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, node = None, self.head
        self.tail = node
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        for i, value in enumerate(self):
            if i == index:
                return value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"


ll = LinkedList([3, 1, 4])
ll.append(1).append(5).prepend(9)
print(ll)
print(repr(ll), len(ll))
print(list(ll), sum(ll), max(ll), sorted(ll))
print(ll[0], ll[2], ll[-1])
print(4 in ll, 7 in ll)
ll.remove(1)
print(ll, len(ll))
print(ll.reverse())
print(ll.pop_front(), ll)
print(ll == LinkedList([1, 4, 3, 9]), ll == LinkedList([1]), ll == [1, 4, 3, 9])
print(ll + LinkedList("ab"))
print(ll + ["x"])
first, *middle, last = ll
print(first, middle, last)
print([v * 2 for v in ll if v > 1])
print(dict(zip(ll, "wxyz")))

empty = LinkedList()
print(str(empty), repr(empty), len(empty), bool(empty), list(empty))
for action in (empty.pop_front, lambda: ll.remove(42), lambda: ll[10]):
    try:
        action()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

# consume as a queue
q = LinkedList(range(5))
out = []
while q:
    out.append(q.pop_front())
print(out, q, q.tail)

# iteration is lazy: modifying after starting is seen
ll2 = LinkedList([1, 2])
it = iter(ll2)
print(next(it))
ll2.append(3)
print(list(it))
