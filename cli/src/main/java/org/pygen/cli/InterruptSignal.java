package org.pygen.cli;

import org.pygen.Interpreter;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a program runs: SIGINT raises {@code KeyboardInterrupt} in the program (see
 * {@link Interpreter#interrupt()}) instead of killing the JVM, so the program's finally blocks
 * run and its traceback is printed, as with python3. The JDK's only way to catch a signal is
 * {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK since 9).
 */
final class InterruptSignal implements AutoCloseable {
  private static final Signal INT = new Signal("INT");

  private final SignalHandler previous;

  private InterruptSignal(SignalHandler previous) {
    this.previous = previous;
  }

  /** Sends SIGINT to {@code interpreter} until {@link #close()}. */
  static InterruptSignal forward(Interpreter interpreter) {
    SignalHandler previous;
    try {
      previous = Signal.handle(INT, signal -> interpreter.interrupt());
    } catch (IllegalArgumentException e) {
      // The JVM was started with -Xrs or SIGINT is ignored (a background job): leave it.
      previous = null;
    }
    return new InterruptSignal(previous);
  }

  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(INT, previous);
    }
  }
}
