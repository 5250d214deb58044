class Ticket:
    next_id = 1
    issued = []

    def __init__(self, owner):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.owner = owner
        Ticket.issued.append(self.id)

    @classmethod
    def reset(cls):
        cls.next_id = 1
        cls.issued = []


tickets = [Ticket(name) for name in ["ann", "bob", "cy"]]
print([(t.id, t.owner) for t in tickets])
print(Ticket.next_id, Ticket.issued)
Ticket.reset()
print(Ticket("dee").id, Ticket.issued)


# counting through type(self) gives each subclass its own counter after the first increment
class Shape:
    count = 0

    def __init__(self):
        type(self).count += 1


class Circle(Shape):
    pass


class Square(Shape):
    pass


Shape()
Circle()
Circle()
Square()
print(Shape.count, Circle.count, Square.count)


# counting through the base class name counts everything in one place
class Node:
    total = 0

    def __init__(self):
        Node.total += 1
        self.serial = Node.total


class Leaf(Node):
    pass


nodes = [Node(), Leaf(), Leaf(), Node()]
print(Node.total, Leaf.total, [n.serial for n in nodes])
print("total" in Leaf.__dict__)


# a per-class counter dictionary keyed by class
class Tracked:
    created = {}

    def __init__(self):
        cls = type(self)
        Tracked.created[cls.__name__] = Tracked.created.get(cls.__name__, 0) + 1


class A(Tracked):
    pass


class B(Tracked):
    pass


for cls in [A, B, A, A, Tracked, B]:
    cls()
print(Tracked.created)


# an instance counter that decrements explicitly
class Connection:
    open_count = 0

    def __init__(self):
        Connection.open_count += 1
        self.open = True

    def close(self):
        if self.open:
            self.open = False
            Connection.open_count -= 1


conns = [Connection() for _ in range(4)]
conns[0].close()
conns[0].close()
conns[2].close()
print(Connection.open_count, [c.open for c in conns])
