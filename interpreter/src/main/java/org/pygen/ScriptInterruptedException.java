package org.pygen;

/**
 * The thread running the script was interrupted ({@link Thread#interrupt()}). The thread's
 * interrupt status is left set, as Java code expects.
 */
public final class ScriptInterruptedException extends ScriptStoppedException {
  ScriptInterruptedException(String message) {
    super(message);
  }
}
