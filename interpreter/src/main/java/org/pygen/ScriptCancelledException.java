package org.pygen;

/** {@link Interpreter#cancel()} stopped the script. */
public final class ScriptCancelledException extends ScriptStoppedException {
  ScriptCancelledException(String message) {
    super(message);
  }
}
