# LifoQueue, PriorityQueue and SimpleQueue; sizes, empty(), full(), types
import queue

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i)
print("lifo:", [lifo.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (0, "z"), (2, "a")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(pq.qsize())])

# Equal priorities come out in heap order, as CPython's heapq gives them
pq = queue.PriorityQueue()
for value in [1, 1.0, True, 2, 0, False, 0.0]:
    pq.put(value)
order = []
while not pq.empty():
    order.append(pq.get())
print("heap order:", [(type(v).__name__, v) for v in order])

# Strings and lists compare with <
pq = queue.PriorityQueue()
for s in ["pear", "apple", "fig", "banana"]:
    pq.put_nowait(s)
print([pq.get_nowait() for _ in range(4)])
pq = queue.PriorityQueue()
for lst in [[2, 1], [1, 9], [1, 2, 3], [1, 2]]:
    pq.put(lst)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put("a")
sq.put_nowait("b")
sq.put("c", block=False, timeout=3)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())

q = queue.Queue(3)
print(q.maxsize, q.empty(), q.full(), q.qsize())
q.put(1)
q.put(2)
q.put(3)
print(q.empty(), q.full(), q.qsize())
print(queue.Queue().full(), queue.Queue(-1).full(), queue.Queue(0).maxsize)

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    obj = cls()
    print(cls, cls.__name__, type(obj).__name__, type(obj) is cls, isinstance(obj, cls))
print(isinstance(queue.LifoQueue(), queue.Queue), isinstance(5, queue.Queue))
print(queue.Empty, queue.Full, queue.Empty.__name__, queue.Full.__name__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(hasattr(queue.SimpleQueue(), "task_done"), hasattr(queue.Queue(), "task_done"))
