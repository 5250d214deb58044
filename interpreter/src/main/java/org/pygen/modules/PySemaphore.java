package org.pygen.modules;

import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.Semaphore} and {@code threading.BoundedSemaphore} (which refuses to be
 * released above its initial value). Waits stay stoppable (see {@link Waits}).
 */
final class PySemaphore implements HasAttributes, PyObjectTyped {
  static final NativeClass TYPE =
      new NativeClass(
          "threading", "Semaphore", (ts, a, kw) -> create(ts, a, kw, false),
          o -> o instanceof PySemaphore);
  static final NativeClass BOUNDED_TYPE =
      new NativeClass(
          "threading", "BoundedSemaphore", (ts, a, kw) -> create(ts, a, kw, true),
          o -> o instanceof PySemaphore s && s.bounded, TYPE);

  private final boolean bounded;
  private final long initial;
  /** Guarded by this object's monitor, which waiters wait on. */
  private long value;

  private PySemaphore(boolean bounded, long value) {
    this.bounded = bounded;
    this.initial = value;
    this.value = value;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kw, boolean bounded) {
    String name = bounded ? "BoundedSemaphore" : "Semaphore";
    Object v = Params.method(name + ".__init__", 0, "value").bind(args, kw)[0];
    long value = v == null ? 1 : count(v);
    if (value < 0) {
      throw PyException.valueError("semaphore initial value must be >= 0");
    }
    return new PySemaphore(bounded, value);
  }

  /** An int argument, compared as CPython's Python code compares it. */
  private static long count(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Long l) {
      return l;
    }
    if (Numbers.isInt(v)) {
      throw PyException.of(
          org.pygen.runtime.PyExceptionType.OVERFLOW_ERROR, "Python int too large for pygen");
    }
    if (v instanceof Double d) {
      // Semaphore(2.5) works in CPython; the count keeps whole permits.
      return (long) Math.floor(d);
    }
    throw PyException.typeError(
        "'<' not supported between instances of '" + Ops.typeName(v) + "' and 'int'");
  }

  private String className() {
    return bounded ? "BoundedSemaphore" : "Semaphore";
  }

  boolean acquire(ThreadState ts, Object[] args, String[] kw) {
    Object[] a = Params.method(className() + ".acquire", 0, "blocking", "timeout").bind(args, kw);
    boolean blocking = a[0] == null || Ops.isTrue(a[0]);
    Object timeout = a[1] == null ? PyNone.NONE : a[1];
    if (!blocking && timeout != PyNone.NONE) {
      throw PyException.valueError("can't specify timeout for non-blocking acquire");
    }
    long nanos = blocking ? Waits.pythonTimeout(timeout, Waits.TimeoutUse.ADDED_TO_CLOCK) : 0;
    synchronized (this) {
      if (!Waits.await(ts, this, () -> value > 0, nanos)) {
        return false;
      }
      value--;
      return true;
    }
  }

  void release(Object[] args, String[] kw) {
    Object n = Params.method(className() + ".release", 0, "n").bind(args, kw)[0];
    long count = n == null ? 1 : count(n);
    if (count < 1) {
      throw PyException.valueError("n must be one or more");
    }
    synchronized (this) {
      if (bounded && value + count > initial) {
        throw PyException.valueError("Semaphore released too many times");
      }
      value += count;
      notifyAll();
    }
  }

  private synchronized long value() {
    return value;
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "acquire", (ts, self, a, kw) -> ((PySemaphore) self).acquire(ts, a, kw),
          "__enter__", (ts, self, a, kw) -> ((PySemaphore) self).acquire(ts, a, kw),
          "release", (ts, self, a, kw) -> {
            ((PySemaphore) self).release(a, kw);
            return PyNone.NONE;
          },
          "__exit__", (ts, self, a, kw) -> {
            ((PySemaphore) self).release(new Object[0], null);
            return PyNone.NONE;
          });

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    if (name.equals("_value")) {
      return value();
    }
    if (name.equals("_initial_value") && bounded) {
      return initial;
    }
    BuiltinMethod m = METHODS.get(name);
    return m == null ? null : new PyBuiltinMethod(this, name, m);
  }

  @Override
  public String typeName() {
    return className();
  }

  @Override
  public Object pythonType() {
    return bounded ? BOUNDED_TYPE : TYPE;
  }

  @Override
  public String toString() {
    return "<threading." + className() + " at " + Ops.addressOf(this) + ": value=" + value()
        + (bounded ? "/" + initial : "") + ">";
  }
}
