package org.pygen;

/** The script took more steps than {@link Limits#maxSteps} allows. */
public final class StepLimitExceededException extends ScriptStoppedException {
  StepLimitExceededException(String message) {
    super(message);
  }
}
