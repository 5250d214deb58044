package org.pygen.runtime;

/**
 * The limits of one interpreter's scripts (0 means no limit):
 *
 * <ul>
 *   <li>{@code maxSteps} and {@code timeoutNanos} per top-level run. A step is one loop
 *       iteration, one call or generator resume, or one item a builtin produces from a range or
 *       walks while collecting an iterable: counted the same way on every run, so a script
 *       always stops at the same step.
 *   <li>{@code maxObjectBytes}: the largest string, bytes, list, tuple or int a script may build,
 *       estimated before it is built (see {@link ThreadState#checkSize}).
 * </ul>
 */
public record ExecutionLimits(long maxSteps, long timeoutNanos, long maxObjectBytes) {
  public static final ExecutionLimits NONE = new ExecutionLimits(0, 0, 0);
}
