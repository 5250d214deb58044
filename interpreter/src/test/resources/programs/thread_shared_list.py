# many threads appending to one list: nothing is lost
from threading import Thread

shared = []
counts = {}

def producer(tag, n):
    for i in range(n):
        shared.append((tag, i))

threads = [Thread(target=producer, args=(t, 2000)) for t in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
for tag, i in shared:
    counts[tag] = counts.get(tag, 0) + 1
print(sorted(counts.items()))
print(sorted(shared) == sorted((t, i) for t in range(8) for i in range(2000)))
for tag in range(8):
    mine = [i for t, i in shared if t == tag]
    assert mine == list(range(2000)), tag
print("per-thread order preserved")

def gen_worker(out, start):
    def numbers():
        n = start
        while True:
            yield n
            n += 1
    g = numbers()
    for _ in range(1000):
        out.append(next(g))

outs = [[] for _ in range(4)]
ws = [Thread(target=gen_worker, args=(outs[k], k * 1000)) for k in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(o[0], o[-1], len(o)) for o in outs])
