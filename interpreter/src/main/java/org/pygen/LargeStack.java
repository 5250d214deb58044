package org.pygen;

import java.util.function.Supplier;

/**
 * Runs work that recurses as deep as its input nests (parsing and compiling) on the caller's
 * thread, and only if that thread's stack runs out, again on a thread with a stack large enough
 * for every input the front end's nesting limits let through. So the limits, not the host
 * thread's stack size, decide what compiles, and the common case starts no thread.
 */
final class LargeStack {
  /** Reserved, not committed: the memory is touched only as deep as the work recurses. */
  private static final long STACK_SIZE = 512L * 1024 * 1024;

  private LargeStack() {}

  static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError e) {
      return onLargeStack(work);
    }
  }

  private static <T> T onLargeStack(Supplier<T> work) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                result[0] = work.get();
              } catch (RuntimeException | Error e) {
                failure[0] = e;
              }
            },
            "pygen-compiler",
            STACK_SIZE);
    worker.setDaemon(true);
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join(); // also makes the worker's writes visible here
        break;
      } catch (InterruptedException e) {
        // Compiling cannot be stopped half-way; keep the interrupt for what runs next.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}
