# An uncaught queue.Empty prints as _queue.Empty, as CPython names it
import queue

q = queue.SimpleQueue()
q.put("only")
print(q.get_nowait())
q.get_nowait()
print("not reached")
