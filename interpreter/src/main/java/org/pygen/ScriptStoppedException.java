package org.pygen;

/**
 * A script was stopped from outside the language before it finished: see the subclasses. No
 * {@code except} clause in the script can catch the stop, and no Python code runs while it
 * unwinds. The interpreter stays usable: the next call runs normally.
 */
public class ScriptStoppedException extends RuntimeException {
  ScriptStoppedException(String message) {
    super(message, null, false, false);
  }
}
