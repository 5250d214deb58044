import threading

class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.results = results

    def run(self):
        self.results.append((self.n, self.name, threading.current_thread() is self))

results = []
ws = [Worker(i, results) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(results))
print(isinstance(ws[0], threading.Thread), issubclass(Worker, threading.Thread), ws[0].is_alive())

class Plain(threading.Thread):
    pass
t = Plain(target=print, args=("hello from target",))
t.start(); t.join()

class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError", e)

class Counter(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self)
        self.total = 0
    def run(self):
        for i in range(1000):
            self.total += i
c = Counter(); c.daemon = False; c.start(); c.join(); print(c.total, c.daemon)
