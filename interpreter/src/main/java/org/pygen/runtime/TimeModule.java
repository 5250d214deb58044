package org.pygen.runtime;

/**
 * The {@code time} module: time, time_ns, perf_counter, perf_counter_ns, monotonic,
 * monotonic_ns and sleep.
 *
 * <p>{@code sleep} ends early when the script is stopped from outside (a timeout, {@code
 * Interpreter.cancel()} or {@link Thread#interrupt}): see {@link ThreadState#sleep}.
 */
public final class TimeModule {
  private TimeModule() {}

  /** Builds the module; it holds no state of its own. */
  public static PyModule create(PyRuntime rt) {
    PyModule m = new PyModule("time");
    define(m, "time", (ts, args, kw) -> {
      Args.none("time", args, kw);
      return nowNanos() / 1e9;
    });
    define(m, "time_ns", (ts, args, kw) -> {
      Args.none("time_ns", args, kw);
      return nowNanos();
    });
    PyCallable perfCounter = (ts, args, kw) -> {
      Args.none("perf_counter", args, kw);
      return System.nanoTime() / 1e9;
    };
    PyCallable perfCounterNs = (ts, args, kw) -> {
      Args.none("perf_counter_ns", args, kw);
      return System.nanoTime();
    };
    define(m, "perf_counter", perfCounter);
    define(m, "perf_counter_ns", perfCounterNs);
    define(m, "monotonic", perfCounter);
    define(m, "monotonic_ns", perfCounterNs);
    define(m, "sleep", (ts, args, kw) -> {
      sleep(ts, Args.exactlyOne("sleep", args, kw));
      return PyNone.NONE;
    });
    return m;
  }

  private static void define(PyModule m, String name, PyCallable body) {
    m.define(name, new PyBuiltinFunction(name, body));
  }

  /** Wall-clock time in nanoseconds since the epoch, at the clock's best resolution. */
  private static long nowNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static void sleep(ThreadState ts, Object seconds) {
    double s;
    if (seconds instanceof Double d) {
      s = d;
      if (Double.isNaN(s)) {
        throw PyException.valueError("Invalid value NaN (not a number)");
      }
    } else if (Numbers.isInt(seconds)) {
      s = Numbers.toDouble(seconds);
    } else {
      throw PyException.typeError(
          "'" + Ops.typeName(seconds) + "' object cannot be interpreted as an integer");
    }
    if (s < 0) {
      throw PyException.valueError("sleep length must be non-negative");
    }
    if (Double.isInfinite(s) || s > 9.2e9) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
    }
    // The thread state sleeps in slices, so limits, cancel() and interrupts end a sleep promptly.
    ts.sleep((long) (s * 1e9));
  }
}
