# Lock and RLock: acquire(blocking, timeout), locked(), with, ownership and release errors
import threading


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


lock = threading.Lock()
print(type(lock).__name__, lock.locked())
attempt("acquire", lock.acquire)
attempt("locked", lock.locked)
attempt("acquire non-blocking", lambda: lock.acquire(False))
attempt("acquire blocking=False", lambda: lock.acquire(blocking=False))
attempt("acquire timeout", lambda: lock.acquire(timeout=0.05))
attempt("acquire True, 0", lambda: lock.acquire(True, 0))
attempt("release", lock.release)
attempt("release again", lock.release)
attempt("timeout with non-blocking", lambda: lock.acquire(False, 1))
attempt("negative timeout", lambda: lock.acquire(True, -2))
attempt("timeout str", lambda: lock.acquire(timeout="x"))
attempt("too many args", lambda: lock.acquire(1, 2, 3))
attempt("bad keyword", lambda: lock.acquire(wait=1))
attempt("release with arg", lambda: lock.release(1))
attempt("Lock(1)", lambda: threading.Lock(1))
attempt("acquire -1 timeout", lambda: lock.acquire(True, -1))
lock.release()

with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

# A lock taken by one thread can be released by another
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# A thread waiting for a lock goes on once it is released
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got the lock")


t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
lock.release()
t.join()
print(order)

# Many threads incrementing a counter under a lock
counter = [0]


def add(n):
    for _ in range(n):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=add, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter[0])

rlock = threading.RLock()
print(type(rlock).__name__)
attempt("rlock acquire", rlock.acquire)
attempt("rlock acquire again", lambda: rlock.acquire(False))
attempt("rlock owned", rlock._is_owned)
attempt("rlock release", rlock.release)
attempt("rlock release", rlock.release)
attempt("rlock release unowned", rlock.release)
attempt("rlock bad timeout", lambda: rlock.acquire(False, 2))
with rlock:
    with rlock:
        print("nested with: owned", rlock._is_owned())
print("after nested with: owned", rlock._is_owned())

# Another thread can neither take nor release an RLock the main thread holds
rlock.acquire()
outcome = []


def intruder():
    outcome.append(rlock.acquire(timeout=0.05))
    try:
        rlock.release()
    except RuntimeError as e:
        outcome.append(str(e))


t = threading.Thread(target=intruder)
t.start()
t.join()
rlock.release()
print(outcome)


def recursive(n):
    with rlock:
        return 1 if n == 0 else n * recursive(n - 1)


print("recursive under rlock:", recursive(10), rlock._is_owned())
