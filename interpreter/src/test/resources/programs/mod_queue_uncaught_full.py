# An uncaught queue.Full raised by the program itself
import queue


def check(q):
    if q.full():
        raise queue.Full


q = queue.Queue(1)
check(q)
q.put(1)
print("full:", q.full())
check(q)
