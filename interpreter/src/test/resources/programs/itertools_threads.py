# itertools objects shared between threads: next() on count, repeat and product hands each
# value to exactly one thread
import threading
from itertools import count, repeat, product, tee

ids = count(1)
seen = []

def take_ids(n):
    mine = [next(ids) for _ in range(n)]
    seen.extend(mine)

threads = [threading.Thread(target=take_ids, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), sorted(seen) == list(range(1, 8001)), next(ids))

tokens = repeat("token", 5000)
taken = []

def take_tokens():
    n = 0
    for _ in tokens:
        n += 1
    taken.append(n)

threads = [threading.Thread(target=take_tokens) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(taken), list(tokens))

cells = product(range(30), repeat=2)
rows = []

def take_cells():
    rows.extend(cells)

threads = [threading.Thread(target=take_cells) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(rows), sorted(rows) == [(a, b) for a in range(30) for b in range(30)])

# each thread reads its own iterator of one tee: every thread sees every item, in order
readers = tee(iter(range(3000)), 4)
complete = []

def read_all(reader):
    complete.append(list(reader) == list(range(3000)))

threads = [threading.Thread(target=read_all, args=(r,)) for r in readers]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(complete)
