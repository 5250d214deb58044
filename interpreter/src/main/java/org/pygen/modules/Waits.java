package org.pygen.modules;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.ThreadState;

/**
 * Blocking waits of the synchronisation primitives ({@code threading}, {@code queue}). A script
 * must never be able to wait past its interpreter's limits: every wait here sleeps on a monitor
 * in short slices and checks the thread state between them, as {@code time.sleep} does, so a
 * timeout, {@code Interpreter.cancel()} or a thread interrupt ends it promptly with the same stop.
 */
final class Waits {
  /** Wait forever (until the condition holds or the script is stopped). */
  static final long FOREVER = -1;

  /** The longest wait between two checks of the limits and the cancel flag. */
  private static final long SLICE_NANOS = 20_000_000L;

  /** CPython's {@code threading.TIMEOUT_MAX} on 64-bit Linux, in seconds. */
  static final double TIMEOUT_MAX = 9223372036.0;

  private Waits() {}

  /**
   * Waits on {@code monitor}, which the caller holds, until {@code ready} is true or {@code
   * timeoutNanos} have passed ({@link #FOREVER} for no timeout). Whoever makes {@code ready}
   * true must {@code notifyAll} the monitor; a missed notification only costs one slice.
   *
   * @return whether {@code ready} became true
   * @throws org.pygen.runtime.ScriptStop when the script is stopped while waiting
   */
  static boolean await(
      ThreadState ts, Object monitor, BooleanSupplier ready, long timeoutNanos) {
    long start = System.nanoTime();
    while (!ready.getAsBoolean()) {
      ts.checkpoint();
      long slice = SLICE_NANOS;
      if (timeoutNanos != FOREVER) {
        long left = timeoutNanos - (System.nanoTime() - start);
        if (left <= 0) {
          return false;
        }
        slice = Math.min(slice, left);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(monitor, slice);
      } catch (InterruptedException e) {
        // Keep the status: the checkpoint turns it into the interrupted stop.
        Thread.currentThread().interrupt();
        ts.checkpoint();
      }
    }
    // What ended the wait may be the stop itself (another thread stopped by the same cancel()
    // released it): the stop wins, so a cancelled script never runs on.
    ts.checkpoint();
    return true;
  }

  /** Joins a JVM thread in slices, so that the joining script stays stoppable. */
  static boolean join(ThreadState ts, Thread thread, long timeoutNanos) {
    long start = System.nanoTime();
    while (thread.isAlive()) {
      ts.checkpoint();
      long slice = SLICE_NANOS;
      if (timeoutNanos != FOREVER) {
        long left = timeoutNanos - (System.nanoTime() - start);
        if (left <= 0) {
          return false;
        }
        slice = Math.min(slice, left);
      }
      try {
        thread.join(slice / 1_000_000L, (int) (slice % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ts.checkpoint();
      }
    }
    // The thread may have ended because the same cancel() or time limit stopped it.
    ts.checkpoint();
    return true;
  }

  /** How CPython's Python code first uses a timeout, which decides its TypeError. */
  enum TimeoutUse {
    /** {@code _time() + timeout}: Semaphore.acquire, Condition.wait_for. */
    ADDED_TO_CLOCK,
    /** {@code timeout > 0}: Condition.wait, Event.wait. */
    COMPARED_WITH_ZERO,
    /** {@code max(timeout, 0)}: Thread.join. */
    MAX_WITH_ZERO
  }

  /**
   * A timeout of a primitive written in Python in CPython: None waits forever, a number is
   * seconds (negative ones time out at once), anything else fails as CPython's code fails on it.
   */
  static long pythonTimeout(Object timeout, TimeoutUse use) {
    if (timeout == null || timeout == org.pygen.runtime.PyNone.NONE) {
      return FOREVER;
    }
    if (!isNumber(timeout)) {
      String type = Ops.typeName(timeout);
      switch (use) {
        case ADDED_TO_CLOCK:
          throw PyException.typeError(
              "unsupported operand type(s) for +: 'float' and '" + type + "'");
        case COMPARED_WITH_ZERO:
          throw PyException.typeError(
              "'>' not supported between instances of '" + type + "' and 'int'");
        default:
          throw PyException.typeError(
              "'>' not supported between instances of 'int' and '" + type + "'");
      }
    }
    return nanos(seconds(timeout));
  }

  /** True for the values CPython accepts as a number of seconds. */
  static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof Double || o instanceof BigInteger
        || o instanceof Boolean;
  }

  /** The number of seconds a numeric timeout stands for. */
  static double seconds(Object number) {
    if (number instanceof Boolean b) {
      return b ? 1 : 0;
    }
    double s = ((Number) number).doubleValue();
    if (Double.isNaN(s)) {
      throw PyException.valueError("Invalid value NaN (not a number)");
    }
    return s;
  }

  /** Seconds as a wait length: negative ones are 0, huge ones effectively forever. */
  static long nanos(double seconds) {
    if (seconds <= 0) {
      return 0;
    }
    if (seconds >= TIMEOUT_MAX) {
      return Long.MAX_VALUE / 2;
    }
    return (long) (seconds * 1e9);
  }

  /** CPython's error for a timeout beyond {@code TIMEOUT_MAX}. */
  static PyException timeoutTooLarge() {
    return PyException.of(PyExceptionType.OVERFLOW_ERROR, "timeout value is too large");
  }
}
