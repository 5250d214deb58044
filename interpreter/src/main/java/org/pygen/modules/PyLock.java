package org.pygen.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyCallable;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyObjectTyped;
import org.pygen.runtime.ThreadState;

/**
 * {@code threading.Lock}: not reentrant, and releasable by any thread, as in CPython — hence a
 * one-permit semaphore rather than a ReentrantLock.
 */
final class PyLock implements HasAttributes, PyObjectTyped {
  private final Semaphore permit = new Semaphore(1);

  private boolean acquire(boolean blocking, double timeout) {
    try {
      if (!blocking) {
        return permit.tryAcquire();
      }
      if (timeout < 0) {
        permit.acquire();
        return true;
      }
      return permit.tryAcquire((long) (timeout * 1_000_000_000L), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PyException(new PyBaseException(PyExceptionType.KEYBOARD_INTERRUPT));
    }
  }

  private void release() {
    synchronized (permit) {
      if (permit.availablePermits() > 0) {
        throw PyException.runtimeError("release unlocked lock");
      }
      permit.release();
    }
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "acquire":
        return (PyCallable) (t, a, kw) -> {
          boolean blocking = a.length < 1 || Ops.isTrue(a[0]);
          double timeout = a.length < 2 ? -1 : ((Number) a[1]).doubleValue();
          return acquire(blocking, timeout);
        };
      case "__enter__":
        return (PyCallable) (t, a, kw) -> acquire(true, -1);
      case "release":
        return (PyCallable) (t, a, kw) -> {
          release();
          return PyNone.NONE;
        };
      case "__exit__":
        return (PyCallable) (t, a, kw) -> {
          release();
          return Boolean.FALSE;
        };
      case "locked":
        return (PyCallable) (t, a, kw) -> permit.availablePermits() == 0;
      default:
        return null;
    }
  }

  @Override
  public String typeName() {
    return "lock";
  }

  @Override
  public String toString() {
    return "<" + (permit.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object>";
  }
}
