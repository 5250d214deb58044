package org.pygen.runtime;

/**
 * Something a runtime must still clean up if the program ends first: a suspended generator whose
 * {@code finally} or {@code with} blocks have not run yet. {@link PyRuntime#runPendingCleanups}
 * runs them when the interpreter closes.
 */
public interface PendingCleanup {
  /** Runs the cleanup on the calling thread; errors are reported, never thrown. */
  void runCleanup(ThreadState ts);
}
