# queue.Empty and queue.Full, timeouts and the errors of the queue methods
import queue


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (queue.Empty, queue.Full) as e:
        print(label, "->", type(e).__name__, repr(e), str(e) == "", e.args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


q = queue.Queue(maxsize=1)
attempt("get_nowait on empty", q.get_nowait)
attempt("get(block=False)", lambda: q.get(block=False))
attempt("get(timeout=0.05)", lambda: q.get(timeout=0.05))
attempt("get(True, 0)", lambda: q.get(True, 0))
attempt("get(timeout=-1)", lambda: q.get(timeout=-1))
attempt("get(False, -1)", lambda: q.get(False, -1))
attempt("put", lambda: q.put("first"))
attempt("put_nowait on full", lambda: q.put_nowait("second"))
attempt("put(timeout=0.05)", lambda: q.put("second", timeout=0.05))
attempt("put(timeout=-1)", lambda: q.put("second", timeout=-1))
attempt("put(block=False)", lambda: q.put("second", block=False))
attempt("get", q.get)
attempt("task_done", q.task_done)
attempt("task_done again", q.task_done)
attempt("unbounded put(timeout=-1)", lambda: queue.Queue().put(1, timeout=-1))
attempt("timeout not a number", lambda: q.get(timeout="soon"))
attempt("put without item", lambda: q.put())
attempt("put too many", lambda: q.put(1, True, None, 4))
attempt("put bad keyword", lambda: q.put(1, wait=True))
attempt("get twice block", lambda: q.get(True, block=True))
attempt("qsize arg", lambda: q.qsize(1))

pq = queue.PriorityQueue()
pq.put({"a": 1})
attempt("priority dicts", lambda: pq.put({"b": 2}))
print("size after failed put:", pq.qsize(), pq.unfinished_tasks)
attempt("priority mixed", lambda: queue.PriorityQueue().put(1) or None)
mixed = queue.PriorityQueue()
mixed.put(1)
attempt("priority int then str", lambda: mixed.put("x"))

sq = queue.SimpleQueue()
attempt("simple get_nowait", sq.get_nowait)
attempt("simple get timeout", lambda: sq.get(timeout=0.01))
attempt("simple get negative", lambda: sq.get(timeout=-1))
attempt("simple put negative", lambda: sq.put(1, timeout=-5))
attempt("simple size", sq.qsize)

try:
    queue.Queue().get(block=False)
except Exception as e:
    print("caught as Exception:", type(e).__name__, isinstance(e, queue.Empty))
try:
    raise queue.Full("custom")
except queue.Full as e:
    print("raised by hand:", repr(e), e)
try:
    raise queue.Empty
except (queue.Full, queue.Empty) as e:
    print("tuple clause:", type(e).__name__)
