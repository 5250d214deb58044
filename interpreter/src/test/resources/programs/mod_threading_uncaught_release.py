# Releasing an unlocked lock is an uncaught RuntimeError
import threading

lock = threading.Lock()
with lock:
    print("locked:", lock.locked())
print("locked:", lock.locked())
lock.release()
