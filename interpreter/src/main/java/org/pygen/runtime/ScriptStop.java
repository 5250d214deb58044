package org.pygen.runtime;

/**
 * Stops a running script from outside the language: a step limit, a timeout, a cancellation or a
 * thread interrupt. It is deliberately not a {@link PyException}: no {@code except} clause can
 * catch it and no Python code runs while it unwinds, so a hostile script cannot outlive its
 * limits. The interpreter turns it into a public exception at its boundary.
 */
public final class ScriptStop extends RuntimeException {
  /** Why the script was stopped. */
  public enum Reason {
    STEP_LIMIT,
    TIMEOUT,
    CANCELLED,
    INTERRUPTED
  }

  private final Reason reason;

  public ScriptStop(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
