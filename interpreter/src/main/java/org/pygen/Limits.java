package org.pygen;

import java.time.Duration;
import org.pygen.runtime.ExecutionLimits;

/**
 * CPU limits for the scripts of one interpreter, applied to each top-level call ({@code exec},
 * {@code eval}, iterating a generator from Java) separately, and to each script thread.
 *
 * <ul>
 *   <li>{@link #maxSteps}: a deterministic budget. A step is one loop iteration, one function call
 *       or generator resume, or one item that a builtin takes from a range or collects from an
 *       iterable ({@code list(range(10**9))} costs 10**9 steps). The same script always stops at
 *       the same step, with {@link StepLimitExceededException}.
 *   <li>{@link #timeout}: wall-clock time, checked every thousand steps and while {@code
 *       time.sleep} waits; exceeding it gives {@link ScriptTimeoutException}.
 * </ul>
 */
public final class Limits {
  /** No limits (the default). */
  public static final Limits NONE = new Limits(0, Duration.ZERO);

  private final long maxSteps;
  private final Duration timeout;

  private Limits(long maxSteps, Duration timeout) {
    this.maxSteps = maxSteps;
    this.timeout = timeout;
  }

  /** At most {@code steps} steps per call; 0 means no limit. */
  public Limits maxSteps(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0");
    }
    return new Limits(steps, timeout);
  }

  /** At most {@code timeout} of wall-clock time per call; zero means no limit. */
  public Limits timeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
    return new Limits(maxSteps, timeout);
  }

  public long maxSteps() {
    return maxSteps;
  }

  public Duration timeout() {
    return timeout;
  }

  ExecutionLimits toRuntime() {
    return new ExecutionLimits(maxSteps, timeout.toNanos());
  }
}
