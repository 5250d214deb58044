# queue.Queue between threads: producers, consumers, task_done() and join()
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def consumer(name):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item * item))
        tasks.task_done()


def producer(start):
    for i in range(start, start + 5):
        tasks.put(i)


consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
for t in consumers:
    t.start()
producers = [threading.Thread(target=producer, args=(s,)) for s in (0, 100)]
for t in producers:
    t.start()
for t in producers:
    t.join()
tasks.join()
print("all tasks done:", tasks.unfinished_tasks, tasks.qsize(), tasks.empty())
for _ in consumers:
    tasks.put(None)
for t in consumers:
    t.join()
print("consumers alive:", [t.is_alive() for t in consumers])

collected = []
while not results.empty():
    collected.append(results.get_nowait())
print(len(collected), sorted(collected))

# A FIFO queue keeps the order of one producer
q = queue.Queue()
for word in "the quick brown fox".split():
    q.put(word)
print([q.get() for _ in range(q.qsize())])

# A bounded queue makes a fast producer wait for the consumer
bounded = queue.Queue(maxsize=2)
seen = []


def slow_consumer():
    for _ in range(6):
        seen.append(bounded.get())
        bounded.task_done()


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(6):
    bounded.put(i)
    assert bounded.qsize() <= 2
bounded.join()
t.join()
print(seen, bounded.maxsize, bounded.full())

# join() on a queue whose tasks are all done returns at once
done = queue.Queue()
done.put("x")
done.get()
done.task_done()
done.join()
print("joined", done.unfinished_tasks)
