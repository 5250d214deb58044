package org.pygen.modules;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.pygen.runtime.Classes;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.NativeBase;
import org.pygen.runtime.PyBuiltinType;
import org.pygen.runtime.PyInstance;
import org.pygen.runtime.PyTypeCheck;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.Thread}: calling it makes a {@link PyThread}. Accepts CPython's keyword
 * arguments {@code target, name, args, kwargs, daemon} (and {@code group}, which must be None).
 * A class statement may derive from it ({@code class Worker(threading.Thread)}): the instance
 * is then the user's object, whose {@code run} the thread calls, and the {@link PyThread} doing
 * the work is kept inside it.
 */
final class ThreadType implements NativeBase, HasAttributes, PyTypeCheck {
  private final PyRuntime runtime;
  private final AtomicInteger counter;
  private final Map<String, Object> members;

  ThreadType(PyRuntime runtime, AtomicInteger counter) {
    this.runtime = runtime;
    this.counter = counter;
    this.members = ThreadMembers.of(this);
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return make(ts, args, kwNames, null);
  }

  /**
   * The thread object {@code Thread(...)} makes; for a subclass instance {@code owner} (its
   * {@code __init__}), the one kept inside it, which runs {@code owner.run()}.
   */
  PyThread make(ThreadState ts, Object[] args, String[] kwNames, PyInstance owner) {
    Object[] a = bind(args, kwNames);
    if (a[0] != null && a[0] != PyNone.NONE) {
      throw PyException.valueError("group argument must be None for now");
    }
    Object target = a[1] == null ? PyNone.NONE : a[1];
    Object argTuple = a[3] == null ? PyTuple.EMPTY : a[3];
    Object kwargs = a[4] == null || a[4] == PyNone.NONE ? new PyDict() : a[4];
    if (!(kwargs instanceof PyDict)) {
      throw PyException.typeError("Thread() kwargs must be a dict");
    }
    String name;
    if (a[2] != null && a[2] != PyNone.NONE) {
      name = org.pygen.runtime.Ops.str(a[2]);
    } else {
      // Only unnamed threads draw a number, as in CPython.
      int n = counter.incrementAndGet();
      String targetName = targetName(ts, target);
      name = "Thread-" + n + (targetName == null ? "" : " (" + targetName + ")");
    }
    Boolean daemon = a[5] == null || a[5] == PyNone.NONE ? null : org.pygen.runtime.Ops.isTrue(a[5]);
    PyThread thread = new PyThread(runtime, target, argTuple, (PyDict) kwargs, name, daemon);
    if (owner != null) {
      thread.setOwner(owner);
    }
    return thread;
  }

  @Override
  public String name() {
    return "Thread";
  }

  @Override
  public Map<String, Object> members() {
    return members;
  }

  @Override
  public boolean instanceCheck(Object obj) {
    return obj instanceof PyThread || Classes.isSubclass(PyBuiltinType.typeOf(obj), this);
  }

  @Override
  public boolean subclassCheck(Object cls) {
    return Classes.isSubclass(cls, this);
  }

  private static final String[] PARAMS = {"group", "target", "name", "args", "kwargs", "daemon"};

  /** Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). */
  private static Object[] bind(Object[] args, String[] kwNames) {
    Object[] slots = new Object[PARAMS.length];
    int nKw = kwNames == null ? 0 : kwNames.length;
    int nPos = args.length - nKw;
    if (nPos > 5) {
      throw PyException.typeError(
          "Thread.__init__() takes from 1 to 6 positional arguments but " + (nPos + 1)
              + " were given");
    }
    System.arraycopy(args, 0, slots, 0, nPos);
    for (int k = 0; k < nKw; k++) {
      int i = java.util.Arrays.asList(PARAMS).indexOf(kwNames[k]);
      if (i < 0) {
        throw PyException.typeError(
            "Thread.__init__() got an unexpected keyword argument '" + kwNames[k] + "'");
      }
      if (slots[i] != null) {
        throw PyException.typeError(
            "Thread.__init__() got multiple values for argument '" + kwNames[k] + "'");
      }
      slots[i] = args[nPos + k];
    }
    return slots;
  }

  private static String targetName(ThreadState ts, Object target) {
    if (target instanceof HasAttributes h) {
      Object n = h.getAttribute(ts, "__name__");
      if (n instanceof String s) {
        return s;
      }
    }
    return null;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__name__":
      case "__qualname__":
        return "Thread";
      case "__module__":
        return "threading";
      default:
        return members.get(name);
    }
  }

  @Override
  public String toString() {
    return "<class 'threading.Thread'>";
  }
}
