# threads created by a generator, as in the tutorial
from threading import Thread
import time

log = []

def countdown(num):
    for i in range(num, 0, -1):
        log.append((num, i))
        time.sleep(0.001)

def generate_counts():
    for i in range(5, 0, -1):
        yield Thread(target=countdown, args=(i,))

threads = list(generate_counts())
print(len(threads), [t.is_alive() for t in threads])
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print([t.is_alive() for t in threads])
print(len(log))
print(sorted(log))
for n in range(1, 6):
    mine = [i for (num, i) in log if num == n]
    print(n, mine)

def lazily_started(n):
    for i in range(n):
        t = Thread(target=log.append, args=(("lazy", i),))
        t.start()
        yield t

for t in lazily_started(3):
    t.join()
print(sorted(x for x in log if x[0] == "lazy"))
