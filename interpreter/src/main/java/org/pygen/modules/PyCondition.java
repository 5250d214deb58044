package org.pygen.modules;

import java.util.ArrayDeque;
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
 * {@code threading.Condition}: waiting releases the underlying lock (an RLock by default) and
 * takes it back before returning, as in CPython. Each waiter has its own flag, set by {@code
 * notify} while it removes the waiter from the queue, so a notification is never lost to, or
 * taken by, a waiter whose wait timed out. Waits stay stoppable (see {@link Waits}).
 */
final class PyCondition implements HasAttributes, PyObjectTyped {
  static final NativeClass TYPE =
      new NativeClass("threading", "Condition", PyCondition::create, o -> o instanceof PyCondition);

  private static final Params INIT = Params.method("Condition.__init__", 0, "lock");
  private static final Params WAIT = Params.method("Condition.wait", 0, "timeout");
  private static final Params WAIT_FOR =
      Params.method("Condition.wait_for", 1, "predicate", "timeout");
  private static final Params NOTIFY = Params.method("Condition.notify", 0, "n");

  /** One thread waiting; {@code notified} is guarded by the condition's monitor. */
  private static final class Waiter {
    boolean notified;
  }

  private final Object lock;
  private final ConditionLock ownable;
  /** Waiters in arrival order; guarded by {@link #monitor}, which waiters wait on. */
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
  private final Object monitor = new Object();

  private PyCondition(Object lock, ConditionLock ownable) {
    this.lock = lock;
    this.ownable = ownable;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kw) {
    Object lock = INIT.bind(args, kw)[0];
    if (lock == null || lock == PyNone.NONE) {
      PyRLock rlock = new PyRLock();
      return new PyCondition(rlock, rlock);
    }
    if (!(lock instanceof ConditionLock ownable)) {
      // CPython accepts any object with acquire and release; pygen needs one of its own locks
      // to wait without a Java thread spinning on foreign Python code.
      throw PyException.typeError(
          "Condition() lock must be a threading.Lock or threading.RLock, not "
              + Ops.typeName(lock));
    }
    return new PyCondition(lock, ownable);
  }

  private boolean await(ThreadState ts, long timeoutNanos) {
    if (!ownable.isOwned()) {
      throw PyException.runtimeError("cannot wait on un-acquired lock");
    }
    Waiter me = new Waiter();
    synchronized (monitor) {
      waiters.add(me);
    }
    long saved = ownable.releaseSave();
    boolean notified;
    synchronized (monitor) {
      try {
        notified = Waits.await(ts, monitor, () -> me.notified, timeoutNanos);
      } finally {
        if (!me.notified) {
          waiters.remove(me);
        }
      }
    }
    // Not reached when the script is stopped: no Python code runs after a stop, so the lock
    // is not needed back.
    ownable.acquireRestore(ts, saved);
    return notified;
  }

  private Object waitFor(ThreadState ts, Object predicate, Object timeout) {
    long waitNanos = Waits.pythonTimeout(timeout, Waits.TimeoutUse.ADDED_TO_CLOCK);
    long end = 0;
    boolean started = false;
    boolean timed = waitNanos != Waits.FOREVER;
    Object result = Ops.call(ts, predicate);
    while (!Ops.isTrue(result)) {
      if (timed) {
        if (!started) {
          started = true;
          end = System.nanoTime() + waitNanos;
        } else {
          waitNanos = end - System.nanoTime();
          if (waitNanos <= 0) {
            break;
          }
        }
      }
      await(ts, timed ? Math.max(0, waitNanos) : Waits.FOREVER);
      result = Ops.call(ts, predicate);
    }
    return result;
  }

  private void notify(long n) {
    if (!ownable.isOwned()) {
      throw PyException.runtimeError("cannot notify on un-acquired lock");
    }
    synchronized (monitor) {
      for (long i = 0; i < n && !waiters.isEmpty(); i++) {
        waiters.poll().notified = true;
      }
      monitor.notifyAll();
    }
  }

  private void notifyAllWaiters() {
    notify(Long.MAX_VALUE);
  }

  private static long count(Object n) {
    if (n == null) {
      return 1;
    }
    if (n instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (Numbers.isInt(n) || n instanceof Double) {
      double d = Numbers.toDouble(n);
      return d >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(d);
    }
    throw PyException.typeError(
        "'>' not supported between instances of '" + Ops.typeName(n) + "' and 'int'");
  }

  private static final Map<String, BuiltinMethod> METHODS =
      Map.of(
          "acquire", (ts, self, a, kw) -> Ops.callMethod(ts, ((PyCondition) self).lock,
              "acquire", a, kw),
          "__enter__", (ts, self, a, kw) -> Ops.callMethod(ts, ((PyCondition) self).lock,
              "__enter__", a, kw),
          "release", (ts, self, a, kw) -> Ops.callMethod(ts, ((PyCondition) self).lock,
              "release", a, kw),
          "__exit__", (ts, self, a, kw) -> Ops.callMethod(ts, ((PyCondition) self).lock,
              "__exit__", a, kw),
          "wait", (ts, self, a, kw) -> {
            Object timeout = WAIT.bind(a, kw)[0];
            return ((PyCondition) self)
                .await(ts, Waits.pythonTimeout(timeout, Waits.TimeoutUse.COMPARED_WITH_ZERO));
          },
          "wait_for", (ts, self, a, kw) -> {
            Object[] p = WAIT_FOR.bind(a, kw);
            return ((PyCondition) self).waitFor(ts, p[0], p[1]);
          },
          "notify", (ts, self, a, kw) -> {
            ((PyCondition) self).notify(count(NOTIFY.bind(a, kw)[0]));
            return PyNone.NONE;
          },
          "notify_all", (ts, self, a, kw) -> {
            Params.method("Condition.notify_all", 0).bind(a, kw);
            ((PyCondition) self).notifyAllWaiters();
            return PyNone.NONE;
          },
          "notifyAll", (ts, self, a, kw) -> {
            Params.method("Condition.notifyAll", 0).bind(a, kw);
            ((PyCondition) self).notifyAllWaiters();
            return PyNone.NONE;
          });

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    BuiltinMethod m = METHODS.get(name);
    return m == null ? null : new PyBuiltinMethod(this, name, m);
  }

  @Override
  public String typeName() {
    return "Condition";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public String toString() {
    int n;
    synchronized (monitor) {
      n = waiters.size();
    }
    return "<Condition(" + Ops.repr(lock) + ", " + n + ")>";
  }
}
