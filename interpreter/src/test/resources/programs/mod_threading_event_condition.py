# Event and Condition: waiting with and without timeouts, notify, notify_all, wait_for
import threading

event = threading.Event()
print(type(event).__name__, event.is_set(), event.wait(0.02), event.wait(timeout=0))
event.set()
print(event.is_set(), event.wait(), event.wait(0.01))
event.clear()
print(event.is_set(), event.wait(0))

# Threads wait for an event the main thread sets
ready = threading.Event()
woken = []
lock = threading.Lock()


def wait_for_start(name):
    ready.wait()
    with lock:
        woken.append(name)


threads = [threading.Thread(target=wait_for_start, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
print("before set:", woken)
ready.set()
for t in threads:
    t.join()
print("after set:", sorted(woken))

# Ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)

# Condition: a consumer waits until the producer has put items
cond = threading.Condition()
items = []
consumed = []


def consumer():
    with cond:
        while len(consumed) < 5:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed:", consumed)

# wait_for with a predicate, and notify_all waking every waiter
cond = threading.Condition(threading.Lock())
state = {"go": False}
released = []


def gated(name):
    with cond:
        result = cond.wait_for(lambda: state["go"])
        released.append((name, result))


gated_threads = [threading.Thread(target=gated, args=(i,)) for i in range(3)]
for t in gated_threads:
    t.start()
with cond:
    state["go"] = True
    cond.notify_all()
for t in gated_threads:
    t.join()
print("released:", sorted(released))

with cond:
    print("wait timeout:", cond.wait(0.02))
    print("wait_for timeout:", cond.wait_for(lambda: 0, timeout=0.02))
    print("wait_for true:", cond.wait_for(lambda: "yes", 0.01))
    print("notify nobody:", cond.notify(), cond.notify(5), cond.notify_all())


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


plain = threading.Condition()
attempt("wait unowned", lambda: plain.wait(0))
attempt("notify unowned", plain.notify)
attempt("notify_all unowned", plain.notify_all)
attempt("release unowned", plain.release)
attempt("acquire", plain.acquire)
attempt("acquire again (RLock)", lambda: plain.acquire(False))
attempt("release", plain.release)
attempt("release", plain.release)
attempt("event wait bad", lambda: event.wait("x"))
attempt("event set arg", lambda: event.set(1))
attempt("wait_for missing", lambda: plain.wait_for())

# A Condition on a plain Lock counts as owned when anyone holds the lock
lk = threading.Lock()
on_lock = threading.Condition(lk)
attempt("wait on free Lock", lambda: on_lock.wait(0))
lk.acquire()
attempt("wait on held Lock", lambda: on_lock.wait(0))
lk.release()
