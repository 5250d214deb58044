class Card:
    order = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    def value(self):
        return Card.order.index(self.rank)

    def __lt__(self, other):
        return (self.value(), self.suit) < (other.value(), other.suit)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Ks", "2h", "Ah", "Td", "2c", "9s"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
hand.sort()
print(hand)
print(sorted(hand, key=lambda c: c.suit))
print(max(hand, key=lambda c: c.suit), min(hand, key=Card.value))
print(sorted([Card("3h"), Card("3c"), Card("3s")]))


# only __lt__ is needed for sort; stability with equal keys
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"{self.name}:{self.priority}"


tasks = [Task(2, "b"), Task(1, "a"), Task(2, "c"), Task(0, "z"), Task(1, "d")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(max(tasks), min(tasks))


# a class with only __gt__ still sorts: the reflected operation is used
class OnlyGt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
print(max([OnlyGt(3), OnlyGt(5), OnlyGt(2)]), min([OnlyGt(3), OnlyGt(5), OnlyGt(2)]))


# tuples containing objects compare element by element
pairs = [(1, Task(5, "x")), (0, Task(9, "y")), (1, Task(2, "w"))]
print(sorted(pairs))
print(max(pairs))


# sort errors name the classes
class NoOrder:
    def __repr__(self):
        return "NoOrder()"


try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(NoOrder(), NoOrder())
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Task(1, "a"), 3])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoOrder()]), max([NoOrder()]))
