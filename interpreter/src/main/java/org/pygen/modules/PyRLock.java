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
 * {@code threading.RLock}: the thread holding it may take it again, and must release it as often
 * as it took it; only that thread may release it. Owners are JVM threads, so two host threads
 * calling into one interpreter are told apart, as CPython tells its threads apart.
 */
final class PyRLock implements HasAttributes, PyObjectTyped, ConditionLock {
  /** {@code type(rlock)}: {@code <class '_thread.RLock'>}. */
  static final NativeClass TYPE =
      new NativeClass("_thread", "RLock", (ts, a, kw) -> new PyRLock(), o -> o instanceof PyRLock);

  /** Guarded by this object's monitor, which waiters wait on. */
  private Thread owner;
  private long count;

  boolean acquire(ThreadState ts, long timeoutNanos) {
    Thread me = Thread.currentThread();
    synchronized (this) {
      if (owner == me) {
        count++;
        return true;
      }
      if (!Waits.await(ts, this, () -> owner == null, timeoutNanos)) {
        return false;
      }
      owner = me;
      count = 1;
      return true;
    }
  }

  synchronized void release() {
    if (owner != Thread.currentThread()) {
      throw PyException.runtimeError("cannot release un-acquired lock");
    }
    if (--count == 0) {
      owner = null;
      notifyAll();
    }
  }

  @Override
  public synchronized boolean isOwned() {
    return owner == Thread.currentThread();
  }

  @Override
  public synchronized long releaseSave() {
    if (owner != Thread.currentThread()) {
      throw PyException.runtimeError("cannot release un-acquired lock");
    }
    long saved = count;
    count = 0;
    owner = null;
    notifyAll();
    return saved;
  }

  @Override
  public void acquireRestore(ThreadState ts, long saved) {
    synchronized (this) {
      acquire(ts, Waits.FOREVER);
      count = saved;
    }
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "acquire",
          (ts, self, a, kw) ->
              ((PyRLock) self).acquire(ts, PyLock.acquireTimeout("acquire", a, kw)),
          "__enter__",
          (ts, self, a, kw) ->
              ((PyRLock) self).acquire(ts, PyLock.acquireTimeout("acquire", a, kw)),
          "release",
          (ts, self, a, kw) -> {
            Params.none("RLock.release", a, kw);
            ((PyRLock) self).release();
            return PyNone.NONE;
          },
          "__exit__",
          (ts, self, a, kw) -> {
            ((PyRLock) self).release();
            return PyNone.NONE;
          },
          "_is_owned",
          (ts, self, a, kw) -> {
            Params.none("RLock._is_owned", a, kw);
            return ((PyRLock) self).isOwned();
          });

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    BuiltinMethod m = METHODS.get(name);
    return m == null ? null : new PyBuiltinMethod(this, name, m);
  }

  @Override
  public String typeName() {
    return "_thread.RLock";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public synchronized String toString() {
    return "<" + (owner == null ? "unlocked" : "locked") + " _thread.RLock object owner="
        + (owner == null ? 0 : owner.getId()) + " count=" + count + " at " + Ops.addressOf(this)
        + ">";
  }
}
