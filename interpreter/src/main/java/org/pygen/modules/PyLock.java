package org.pygen.modules;

import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.Lock}: not reentrant, and releasable by any thread, as in CPython. Waiting for
 * it stays stoppable by the interpreter's limits and {@code cancel()} (see {@link Waits}).
 */
final class PyLock implements HasAttributes, PyObjectTyped, ConditionLock {
  /** {@code type(lock)}: {@code <class '_thread.lock'>}; {@code threading.Lock} makes one. */
  static final NativeClass TYPE =
      new NativeClass("_thread", "lock", PyLock::create, o -> o instanceof PyLock);

  /** Guarded by this object's monitor, which waiters wait on. */
  private boolean locked;

  /** {@code threading.Lock()}, which is {@code _thread.allocate_lock} in CPython. */
  static Object create(ThreadState ts, Object[] args, String[] kw) {
    Params.none("_thread.allocate_lock", args, kw);
    return new PyLock();
  }

  /** Takes the lock, waiting at most {@code timeoutNanos} ({@link Waits#FOREVER}: no limit). */
  boolean acquire(ThreadState ts, long timeoutNanos) {
    synchronized (this) {
      if (!Waits.await(ts, this, () -> !locked, timeoutNanos)) {
        return false;
      }
      locked = true;
      return true;
    }
  }

  synchronized void release() {
    if (!locked) {
      throw PyException.runtimeError("release unlocked lock");
    }
    locked = false;
    notifyAll();
  }

  synchronized boolean isLocked() {
    return locked;
  }

  @Override
  public boolean isOwned() {
    // CPython's Condition asks a plain lock whether it is held at all: it has no owner.
    return isLocked();
  }

  @Override
  public long releaseSave() {
    release();
    return 1;
  }

  @Override
  public void acquireRestore(ThreadState ts, long saved) {
    acquire(ts, Waits.FOREVER);
  }

  /**
   * The wait {@code acquire(blocking=True, timeout=-1)} asks for, checked as CPython's C
   * implementation of locks checks it (shared with RLock).
   */
  static long acquireTimeout(String name, Object[] args, String[] kw) {
    Object[] a = bindAcquire(name, args, kw);
    boolean blocking = a[0] == null || Ops.isTrue(a[0]);
    double timeout = -1;
    if (a[1] != null) {
      if (!Waits.isNumber(a[1])) {
        throw PyException.typeError(
            "'" + Ops.typeName(a[1]) + "' object cannot be interpreted as an integer");
      }
      timeout = Waits.seconds(a[1]);
    }
    if (!blocking) {
      if (timeout != -1) {
        throw PyException.valueError("can't specify a timeout for a non-blocking call");
      }
      return 0;
    }
    if (timeout == -1) {
      return Waits.FOREVER;
    }
    if (timeout < 0) {
      throw PyException.valueError("timeout value must be positive");
    }
    if (timeout > Waits.TIMEOUT_MAX) {
      throw Waits.timeoutTooLarge();
    }
    return Waits.nanos(timeout);
  }

  private static Object[] bindAcquire(String name, Object[] args, String[] kw) {
    int nKw = kw == null ? 0 : kw.length;
    int nPos = args.length - nKw;
    if (args.length > 2) {
      throw PyException.typeError(
          name + "() takes at most 2 arguments (" + args.length + " given)");
    }
    Object[] slots = new Object[2];
    System.arraycopy(args, 0, slots, 0, nPos);
    for (int k = 0; k < nKw; k++) {
      int slot = kw[k].equals("blocking") ? 0 : kw[k].equals("timeout") ? 1 : -1;
      if (slot < 0) {
        throw PyException.typeError(
            "'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
      }
      if (slots[slot] != null) {
        throw PyException.typeError(
            "argument for " + name + "() given by name ('" + kw[k] + "') and position ("
                + (slot + 1) + ")");
      }
      slots[slot] = args[nPos + k];
    }
    return slots;
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "acquire",
          (ts, self, a, kw) -> ((PyLock) self).acquire(ts, acquireTimeout("acquire", a, kw)),
          "__enter__",
          (ts, self, a, kw) -> ((PyLock) self).acquire(ts, acquireTimeout("acquire", a, kw)),
          "release",
          (ts, self, a, kw) -> {
            Params.none("lock.release", a, kw);
            ((PyLock) self).release();
            return PyNone.NONE;
          },
          "__exit__",
          (ts, self, a, kw) -> {
            ((PyLock) self).release();
            return PyNone.NONE;
          },
          "locked",
          (ts, self, a, kw) -> {
            Params.none("lock.locked", a, kw);
            return ((PyLock) self).isLocked();
          });

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    BuiltinMethod m = METHODS.get(name);
    return m == null ? null : new PyBuiltinMethod(this, name, m);
  }

  @Override
  public String typeName() {
    return "_thread.lock";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public String toString() {
    return "<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at "
        + Ops.addressOf(this) + ">";
  }
}
