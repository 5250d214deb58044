package org.pygen.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Set;
import org.pygen.PygenException;

/**
 * The outcomes a fuzz input may have. An input may run, raise a Python exception or a
 * SyntaxError, or be stopped by a limit; a Java exception of another kind, an {@link Error}
 * reaching the host, a "pygen internal error" or a run far past the configured limits is a bug.
 */
final class FuzzOutcomes {
  /**
   * More CPU time than this is a hang, whatever the input: the limits stop a script after a
   * second and fuzz inputs are a few kilobytes, so only code that ignores the limits gets anywhere
   * near it. CPU time of the fuzzing thread, not wall time: a fuzzing run on a busy machine, or a
   * long garbage collection, once made a 197-byte input that compiles in 50 ms take 14 s.
   */
  static final Duration HANG = Duration.ofSeconds(10);

  /** Wall time past which a run is a hang all the same: work on another thread uses no CPU here. */
  static final Duration WALL_HANG = Duration.ofSeconds(60);

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Errors CPython's compiler raises for a source too deeply nested to compile. */
  private static final Set<String> COMPILE_ERRORS = Set.of("MemoryError", "RecursionError");

  private FuzzOutcomes() {}

  /** Fails unless {@code e} is an ordinary Python exception, not a Java bug dressed as one. */
  static void requirePythonError(PygenException e) {
    if (e.pythonMessage().startsWith("pygen internal error")) {
      throw new AssertionError(e.pythonMessage(), e.getCause());
    }
  }

  /** Fails unless {@code e} is what compiling may raise: a syntax error or a nesting limit. */
  static void requireCompileError(PygenException e) {
    requirePythonError(e);
    if (!e.isSyntaxError() && !COMPILE_ERRORS.contains(e.pythonType())) {
      throw new AssertionError("compiling raised " + e.pythonType() + ": " + e.pythonMessage());
    }
  }

  /** Where a run starts, for {@link #requireNoHang}. */
  record Start(long cpuNanos, long wallNanos) {}

  static Start start() {
    return new Start(THREADS.getCurrentThreadCpuTime(), System.nanoTime());
  }

  /**
   * Fails when this thread spent more than {@link #HANG} of CPU since {@code start}, or more
   * than {@link #WALL_HANG} passed.
   */
  static void requireNoHang(Start start) {
    Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start.cpuNanos());
    Duration wall = Duration.ofNanos(System.nanoTime() - start.wallNanos());
    if (cpu.compareTo(HANG) > 0 || wall.compareTo(WALL_HANG) > 0) {
      throw new AssertionError(
          "took " + cpu.toMillis() + " ms of CPU, " + wall.toMillis() + " ms in all: a hang");
    }
  }
}
