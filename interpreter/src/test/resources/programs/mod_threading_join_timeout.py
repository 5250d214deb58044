# Thread.join(timeout) returns while the thread still runs; waits end on set()
import threading

stop = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    stop.wait()


t = threading.Thread(target=blocked)
t.start()
started.wait()
t.join(0.05)
print("alive after join(0.05):", t.is_alive())
t.join(timeout=0)
print("alive after join(0):", t.is_alive())
stop.set()
t.join()
print("alive after set and join:", t.is_alive())
try:
    t.join(timeout="x")
except TypeError as e:
    print("TypeError", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError", e)
