package org.pygen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The time module. */
class TimeModuleTest {
  private final RuntimeFixture rt = new RuntimeFixture();
  private final PyModule time = rt.runtime.importModule("time");

  private Object call(String name, Object... args) {
    return rt.method(time, name, args);
  }

  @Test
  void clocksReturnPlausibleValues() {
    double now = (Double) call("time");
    assertTrue(Math.abs(now - System.currentTimeMillis() / 1000.0) < 5);
    long ns = (Long) call("time_ns");
    assertTrue(Math.abs(ns / 1e9 - now) < 5);
    double a = (Double) call("perf_counter");
    double b = (Double) call("monotonic");
    assertTrue(b >= a);
    assertTrue((Long) call("perf_counter_ns") > 0);
  }

  @Test
  void sleepWaitsAndRejectsBadArguments() {
    long start = System.nanoTime();
    assertEquals(PyNone.NONE, call("sleep", 0.05));
    assertTrue(System.nanoTime() - start >= 45_000_000L);
    call("sleep", 0L);
    assertEquals("ValueError: sleep length must be non-negative",
        assertThrows(PyException.class, () -> call("sleep", -1L)).exceptionLine());
    assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
        assertThrows(PyException.class, () -> call("sleep", "1")).exceptionLine());
  }

  @Test
  void interruptedSleepStopsTheScriptAndKeepsTheFlag() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    Thread t = new Thread(() -> {
      ThreadState ts = new ThreadState(rt.runtime);
      try {
        Ops.callMethod(ts, time, "sleep", new Object[] {30L}, null);
        seen.set("returned");
      } catch (ScriptStop e) {
        seen.set(e.reason() + " interrupted=" + Thread.currentThread().isInterrupted());
      }
    });
    t.start();
    t.interrupt();
    t.join(5000);
    assertEquals("INTERRUPTED interrupted=true", seen.get());
  }

  @Test
  void moduleReprAndMissingAttribute() {
    assertEquals("<module 'time'>", Ops.repr(time));
    assertEquals("AttributeError: module 'time' has no attribute 'nope'",
        assertThrows(PyException.class, () -> Ops.getAttr(rt.ts, time, "nope")).exceptionLine());
  }
}
