# a generator running in one thread cannot be resumed from another: ValueError, and no corruption
import threading
import time

started = []
release = []
def slow():
    started.append(True)
    while not release:
        time.sleep(0.001)
    yield "first"
    yield "second"

g = slow()
results = []
def worker():
    results.append(next(g))

t = threading.Thread(target=worker)
t.start()
while not started:
    time.sleep(0.001)
try:
    next(g)
except ValueError as e:
    print("main thread:", e)
print("running while the other thread is inside:", g.gi_running)
release.append(True)
t.join()
print("worker got", results)
print("main continues with", next(g))
print(next(g, "exhausted"))
