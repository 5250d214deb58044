# many threads pulling from one generator under a lock: every item delivered exactly once
import threading

def numbers(n):
    for i in range(n):
        yield i

g = numbers(2000)
lock = threading.Lock()
collected = []
def worker():
    while True:
        with lock:
            v = next(g, None)
        if v is None:
            return
        collected.append(v)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(collected), sorted(collected) == list(range(2000)))
