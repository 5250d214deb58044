# random: choice, shuffle, sample and choices pick exactly CPython's items.
import random

random.seed(3)
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([1, 2, 3]), random.choice((4, 5)), random.choice(range(1000)), random.choice(b"xyz"))
print(random.choice({0: "zero", 1: "one"}))

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck)
letters = list("shuffle me")
random.shuffle(letters)
print("".join(letters))
one = [1]
random.shuffle(one)
print(one, random.shuffle([]))

# small populations are copied and drawn from; big ones use a set of chosen indices
print(random.sample(range(100), 10))
print(random.sample("abcdefghij", 3), random.sample(("a", "b", "c"), k=3))
print(random.sample(range(10**9), 8))
print(random.sample(range(30), 30))
print(sorted(random.sample(range(60), 60)) == list(range(60)))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(4), 6, counts=[1, 2, 3, 4]))
print(random.sample([], 0), random.sample([1, 2], k=0))

print(random.choices("abc", k=8))
print(random.choices(range(5), weights=[1, 2, 3, 4, 5], k=8))
print(random.choices([10, 20, 30], [0.2, 0, 0.8], k=6))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=6))
print(random.choices("xyz", cum_weights=(1.5, 1.5, 9), k=4), random.choices("ab"), random.choices("ab", k=0))
print(random.choices("ab", k=-2), random.choices([1, 2], weights=[True, True], k=3))

for call in [
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.choice({1, 2}),
    lambda: random.choice(5),
    lambda: random.shuffle((1, 2)),
    lambda: random.shuffle("ab"),
    lambda: random.shuffle(7),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample(5, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample([1, 2]),
    lambda: random.sample([1, 2], 1, counts=[1]),
    lambda: random.sample([1, 2], 1, counts=[0, 0]),
    lambda: random.sample([1, 2], 1, counts=[1.5, 1]),
    lambda: random.choices([]),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], [0, 0]),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2]),
    lambda: random.choices([1, 2], [1, float("inf")]),
    lambda: random.choices([1, 2], k=1.5),
]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
