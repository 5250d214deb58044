package org.pygen.modules;

import java.util.ArrayList;
import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * The queues of the {@code queue} module: {@code Queue} (first in, first out), {@code LifoQueue},
 * {@code PriorityQueue} (a binary heap ordered by Python's {@code <}, sifted exactly as CPython's
 * {@code heapq} sifts, so equal priorities come out in the same order) and {@code SimpleQueue}
 * (unbounded, without task tracking). One monitor guards each queue; blocking puts and gets wait
 * on it and stay stoppable by the interpreter's limits and {@code cancel()} (see {@link Waits}).
 */
final class PyQueue implements HasAttributes, PyObjectTyped {
  /** The four classes; the queue's kind decides its order and which methods it has. */
  enum Kind {
    FIFO("Queue"),
    LIFO("LifoQueue"),
    PRIORITY("PriorityQueue"),
    SIMPLE("SimpleQueue");

    final String className;

    Kind(String className) {
      this.className = className;
    }
  }

  private final Kind kind;
  private final long maxsize;
  /**
   * The items: a FIFO queue takes from {@code head}, a LIFO queue from the end, a priority queue
   * keeps a heap from index 0. Guarded by this object's monitor, which waiters wait on.
   */
  private final ArrayList<Object> items = new ArrayList<>();
  private int head;
  private long unfinishedTasks;

  PyQueue(Kind kind, long maxsize) {
    this.kind = kind;
    this.maxsize = kind == Kind.SIMPLE ? 0 : maxsize;
  }

  /** The class objects, one per kind; immutable, so every interpreter may share them. */
  private static final Map<Kind, NativeClass> TYPES = classes();

  private static Map<Kind, NativeClass> classes() {
    Map<Kind, NativeClass> types = new java.util.EnumMap<>(Kind.class);
    NativeClass queue = null;
    for (Kind kind : Kind.values()) {
      // LifoQueue and PriorityQueue derive from Queue, as in CPython; SimpleQueue stands alone.
      boolean derived = kind == Kind.LIFO || kind == Kind.PRIORITY;
      NativeClass type =
          new NativeClass(
              kind == Kind.SIMPLE ? "_queue" : "queue",
              kind.className,
              (ts, a, kw) -> create(kind, a, kw),
              kind == Kind.FIFO
                  ? o -> o instanceof PyQueue q && q.kind != Kind.SIMPLE
                  : o -> o instanceof PyQueue q && q.kind == kind,
              derived ? queue : null);
      if (kind == Kind.FIFO) {
        queue = type;
      }
      types.put(kind, type);
    }
    return java.util.Collections.unmodifiableMap(types);
  }

  /** The class object of queues of this kind, such as {@code queue.Queue}. */
  static NativeClass classOf(Kind kind) {
    return TYPES.get(kind);
  }

  private static Object create(Kind kind, Object[] args, String[] kw) {
    if (kind == Kind.SIMPLE) {
      Params.none("SimpleQueue", args, kw);
      return new PyQueue(kind, 0);
    }
    Object m = Params.method(kind.className + ".__init__", 0, "maxsize").bind(args, kw)[0];
    long maxsize;
    if (m == null) {
      maxsize = 0;
    } else if (m instanceof Long l) {
      maxsize = l;
    } else if (m instanceof Boolean b) {
      maxsize = b ? 1 : 0;
    } else {
      // CPython stores anything and fails later comparing it with a size; an int is required
      // here at once, with the error CPython gives for it then.
      throw PyException.typeError(
          "'>' not supported between instances of '" + Ops.typeName(m) + "' and 'int'");
    }
    return new PyQueue(kind, maxsize);
  }

  private int size() {
    return items.size() - head;
  }

  private boolean isFull() {
    return maxsize > 0 && size() >= maxsize;
  }

  // ------------------------------------------------------------------ put and get

  /** {@code put(item, block=True, timeout=None)}, checked in CPython's order. */
  void put(ThreadState ts, Object item, boolean block, Object timeout) {
    synchronized (this) {
      if (maxsize > 0) {
        if (!block) {
          if (isFull()) {
            throw full();
          }
        } else if (!Waits.await(ts, this, () -> !isFull(), queueTimeout(timeout))) {
          throw full();
        }
      }
      add(item);
      unfinishedTasks++;
      notifyAll();
    }
  }

  /** {@code get(block=True, timeout=None)}, checked in CPython's order. */
  Object get(ThreadState ts, boolean block, Object timeout) {
    synchronized (this) {
      if (!block) {
        if (size() == 0) {
          throw empty();
        }
      } else if (!Waits.await(ts, this, () -> size() > 0, queueTimeout(timeout))) {
        throw empty();
      }
      Object item = take();
      notifyAll();
      return item;
    }
  }

  /**
   * A queue's timeout: None waits forever; otherwise a number of seconds, not negative.
   * Comparing with 0 first gives CPython's TypeError for a non-number.
   */
  private static long queueTimeout(Object timeout) {
    if (timeout == PyNone.NONE) {
      return Waits.FOREVER;
    }
    if (Ops.lt(timeout, 0L)) {
      throw PyException.valueError("'timeout' must be a non-negative number");
    }
    return Waits.nanos(Waits.seconds(timeout));
  }

  private void add(Object item) {
    items.add(item);
    if (kind == Kind.PRIORITY) {
      siftTowardsRoot(0, items.size() - 1);
    }
  }

  private Object take() {
    switch (kind) {
      case LIFO:
        return items.remove(items.size() - 1);
      case PRIORITY:
        Object last = items.remove(items.size() - 1);
        if (items.isEmpty()) {
          return last;
        }
        Object smallest = items.get(0);
        items.set(0, last);
        siftTowardsLeaves(0);
        return smallest;
      default:
        Object first = items.get(head);
        items.set(head++, null);
        if (head == items.size()) {
          items.clear();
          head = 0;
        } else if (head >= 1024 && head * 2 >= items.size()) {
          items.subList(0, head).clear(); // reclaim the consumed front now and then
          head = 0;
        }
        return first;
    }
  }

  /** heapq's {@code _siftdown}: moves the item at {@code pos} up while it is smaller. */
  private void siftTowardsRoot(int start, int pos) {
    Object item = items.get(pos);
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      Object parent = items.get(parentPos);
      if (Ops.lt(item, parent)) {
        items.set(pos, parent);
        pos = parentPos;
        continue;
      }
      break;
    }
    items.set(pos, item);
  }

  /**
   * heapq's {@code _siftup}: moves the smaller child up until a leaf is reached, then places the
   * item and sifts it back towards the root. Keeping this shape keeps CPython's order.
   */
  private void siftTowardsLeaves(int pos) {
    int end = items.size();
    int start = pos;
    Object item = items.get(pos);
    int child = 2 * pos + 1;
    while (child < end) {
      int right = child + 1;
      if (right < end && !Ops.lt(items.get(child), items.get(right))) {
        child = right;
      }
      items.set(pos, items.get(child));
      pos = child;
      child = 2 * pos + 1;
    }
    items.set(pos, item);
    siftTowardsRoot(start, pos);
  }

  synchronized void taskDone() {
    if (unfinishedTasks <= 0) {
      throw PyException.valueError("task_done() called too many times");
    }
    if (--unfinishedTasks == 0) {
      notifyAll();
    }
  }

  void join(ThreadState ts) {
    synchronized (this) {
      Waits.await(ts, this, () -> unfinishedTasks == 0, Waits.FOREVER);
    }
  }

  private static PyException empty() {
    return new PyException(new PyBaseException(PyExceptionType.QUEUE_EMPTY));
  }

  private static PyException full() {
    return new PyException(new PyBaseException(PyExceptionType.QUEUE_FULL));
  }

  // ------------------------------------------------------------------ Python face

  private static boolean flag(Object o) {
    return o == null || Ops.isTrue(o);
  }

  private static Object orNone(Object o) {
    return o == null ? PyNone.NONE : o;
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.ofEntries(
          Map.entry("put", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            Object[] p = q.params("put", 1, "item", "block", "timeout").bind(a, kw);
            q.put(ts, p[0], flag(p[1]), orNone(p[2]));
            return PyNone.NONE;
          }),
          Map.entry("put_nowait", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.put(ts, q.params("put_nowait", 1, "item").bind(a, kw)[0], false, PyNone.NONE);
            return PyNone.NONE;
          }),
          Map.entry("get", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            Object[] p = q.params("get", 0, "block", "timeout").bind(a, kw);
            return q.get(ts, flag(p[0]), orNone(p[1]));
          }),
          Map.entry("get_nowait", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("get_nowait", 0).bind(a, kw);
            return q.get(ts, false, PyNone.NONE);
          }),
          Map.entry("qsize", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("qsize", 0).bind(a, kw);
            synchronized (q) {
              return (long) q.size();
            }
          }),
          Map.entry("empty", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("empty", 0).bind(a, kw);
            synchronized (q) {
              return q.size() == 0;
            }
          }),
          Map.entry("full", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("full", 0).bind(a, kw);
            synchronized (q) {
              return q.isFull();
            }
          }),
          Map.entry("task_done", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("task_done", 0).bind(a, kw);
            q.taskDone();
            return PyNone.NONE;
          }),
          Map.entry("join", (ts, self, a, kw) -> {
            PyQueue q = (PyQueue) self;
            q.params("join", 0).bind(a, kw);
            q.join(ts);
            return PyNone.NONE;
          }));

  /** The methods SimpleQueue lacks; CPython's C class has no such attributes at all. */
  private static final java.util.Set<String> NOT_SIMPLE =
      java.util.Set.of("full", "task_done", "join");

  private Params params(String method, int required, String... names) {
    // SimpleQueue is written in C: its methods do not count self in their messages.
    return kind == Kind.SIMPLE
        ? Params.function(method, required, names)
        : Params.method(kind.className + "." + method, required, names);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    if (kind == Kind.SIMPLE && NOT_SIMPLE.contains(name)) {
      return null;
    }
    switch (name) {
      case "maxsize":
        return kind == Kind.SIMPLE ? null : maxsize;
      case "unfinished_tasks":
        if (kind == Kind.SIMPLE) {
          return null;
        }
        synchronized (this) {
          return unfinishedTasks;
        }
      default:
        BuiltinMethod m = METHODS.get(name);
        return m == null ? null : new PyBuiltinMethod(this, name, m);
    }
  }

  @Override
  public String typeName() {
    return kind == Kind.SIMPLE ? "_queue.SimpleQueue" : kind.className;
  }

  @Override
  public Object pythonType() {
    return TYPES.get(kind);
  }

  @Override
  public String toString() {
    return "<" + (kind == Kind.SIMPLE ? "_queue" : "queue") + "." + kind.className
        + " object at " + Ops.addressOf(this) + ">";
  }
}
