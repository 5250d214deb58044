# program waits for non-daemon threads; daemon threads do not keep it alive
import threading
import time

def late(msg, delay):
    time.sleep(delay)
    print(msg)

t = threading.Thread(target=late, args=("non-daemon thread finished", 0.3))
t.start()
d = threading.Thread(target=late, args=("daemon thread should never print", 5), daemon=True)
print(d.daemon, t.daemon)
d.start()
d2 = threading.Thread(target=late, args=("another daemon", 5))
d2.daemon = True
d2.start()
print(d2.daemon, d2.is_alive())
print("main done")
