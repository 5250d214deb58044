package org.pygen.runtime;

/**
 * The CPU limits of one interpreter: at most {@code maxSteps} steps and {@code timeoutNanos} of
 * wall-clock time per top-level run (0 means no limit). A step is one loop iteration, one call or
 * generator resume, or one item a builtin produces from a range or walks while collecting an
 * iterable: counted the same way on every run, so a script always stops at the same step.
 */
public record ExecutionLimits(long maxSteps, long timeoutNanos) {
  public static final ExecutionLimits NONE = new ExecutionLimits(0, 0);
}
