package org.pygen.fuzz;

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
   * Longer than this is a hang, whatever the input: the limits stop a script after a second and
   * fuzz inputs are a few kilobytes, so only code that ignores the limits gets anywhere near it.
   */
  static final Duration HANG = Duration.ofSeconds(10);

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

  /** Fails when the run that started at {@code startNanos} took longer than {@link #HANG}. */
  static void requireNoHang(long startNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
    if (took.compareTo(HANG) > 0) {
      throw new AssertionError("took " + took.toMillis() + " ms, past the limits");
    }
  }
}
