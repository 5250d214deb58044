# Semaphore and BoundedSemaphore: counting, limits on concurrency, errors
import threading
import time


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


s = threading.Semaphore(2)
print(type(s).__name__, s._value)
attempt("acquire", s.acquire)
attempt("acquire", lambda: s.acquire(True))
attempt("acquire non-blocking", lambda: s.acquire(False))
attempt("acquire timeout", lambda: s.acquire(timeout=0.02))
attempt("acquire negative timeout", lambda: s.acquire(timeout=-1))
attempt("timeout for non-blocking", lambda: s.acquire(False, 1))
attempt("release", s.release)
attempt("release 3", lambda: s.release(3))
attempt("value", lambda: s._value)
attempt("release 0", lambda: s.release(0))
attempt("negative initial", lambda: threading.Semaphore(-1))
attempt("zero initial acquire", lambda: threading.Semaphore(0).acquire(blocking=False))
attempt("default value", lambda: threading.Semaphore()._value)

b = threading.BoundedSemaphore(2)
print(type(b).__name__, isinstance(b, threading.Semaphore), isinstance(s, threading.BoundedSemaphore))
attempt("bounded release when full", b.release)
attempt("bounded acquire", b.acquire)
attempt("bounded release 2", lambda: b.release(2))
attempt("bounded release", b.release)
attempt("bounded release again", b.release)

with b:
    print("in with:", b._value)
print("after with:", b._value)

# At most 2 workers inside the guarded section at once
guard = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]
done = []


def worker(i):
    with guard:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1
            done.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 2:", peak[0] <= 2, "peak >= 1:", peak[0] >= 1, "done:", sorted(done))
print("value restored:", guard._value)

# A semaphore starting at 0 used as a signal
signal = threading.Semaphore(0)
got = []


def wait_signal():
    signal.acquire()
    got.append("signalled")


t = threading.Thread(target=wait_signal)
t.start()
signal.release()
t.join()
print(got)
