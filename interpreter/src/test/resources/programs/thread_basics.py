# threading.Thread with target/args/kwargs/name; start/join/is_alive
import threading
import time

results = []

def work(label, count, scale=1, suffix=""):
    total = 0
    for i in range(count):
        total += i * scale
    results.append(f"{label}:{total}{suffix}")

t1 = threading.Thread(target=work, args=("a", 10))
t2 = threading.Thread(target=work, args=("b", 100), kwargs={"scale": 2})
t3 = threading.Thread(target=work, kwargs={"label": "c", "count": 5, "suffix": "!"}, name="third")
print(t1.is_alive(), t3.name, t3.daemon)
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print(t1.is_alive(), t2.is_alive(), t3.is_alive())
print(sorted(results))

stop = []
def spin():
    while not stop:
        time.sleep(0.001)
    results.append("spin stopped")
s = threading.Thread(target=spin, name="spinner")
s.start()
print("spinner alive:", s.is_alive())
stop.append(True)
s.join()
print("spinner alive after join:", s.is_alive(), results[-1])

names = []
def record_name():
    names.append(threading.current_thread().name)
workers = [threading.Thread(target=record_name, name=f"worker-{i}") for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(names))
print(threading.current_thread().name)

def returns_value():
    return "ignored"
r = threading.Thread(target=returns_value)
r.start()
print(r.join())
t = threading.Thread(target=work, args=("timeout", 3))
t.start()
t.join(5)
print(results[-1])
