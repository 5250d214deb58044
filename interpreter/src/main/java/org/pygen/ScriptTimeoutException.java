package org.pygen;

/** The script ran longer than {@link Limits#timeout} allows. */
public final class ScriptTimeoutException extends ScriptStoppedException {
  ScriptTimeoutException(String message) {
    super(message);
  }
}
