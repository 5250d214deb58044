package org.pygen.exec;

import java.lang.ref.Cleaner;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.ThreadState;

/**
 * Closes suspended generators whose handles have become unreachable, as CPython does when a
 * generator object is deallocated: best effort, on the Cleaner's thread, some time after the
 * garbage collector notices. The action holds the generator's core, never its handle, so
 * watching a generator does not keep it alive.
 */
final class GeneratorFinalizer {
  /** One daemon thread for the whole JVM; it holds no interpreter state of its own. */
  private static final Cleaner CLEANER = Cleaner.create();

  private GeneratorFinalizer() {}

  static void watch(PyGenerator handle, GeneratorCore core, PyRuntime runtime) {
    CLEANER.register(handle, () -> core.runCleanup(new ThreadState(runtime)));
  }
}
