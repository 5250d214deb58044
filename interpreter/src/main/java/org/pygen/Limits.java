package org.pygen;

import java.time.Duration;
import org.pygen.runtime.ExecutionLimits;

/**
 * Limits for the scripts of one interpreter. The CPU limits apply to each top-level call ({@code
 * exec}, {@code eval}, iterating a generator from Java) separately, and to each script thread.
 *
 * <ul>
 *   <li>{@link #maxSteps}: a deterministic budget. A step is one loop iteration, one function call
 *       or generator resume, one item that a builtin takes from a range or collects from an
 *       iterable ({@code list(range(10**9))} costs 10**9 steps), or 64 estimated bytes of a big
 *       result of {@code *}, {@code +}, {@code **} or {@code <<}, charged before it is built. The
 *       same script always stops at the same step, with {@link StepLimitExceededException}.
 *   <li>{@link #timeout}: wall-clock time, checked every thousand steps and while {@code
 *       time.sleep} waits; exceeding it gives {@link ScriptTimeoutException}.
 * </ul>
 */
public final class Limits {
  /** No limits at all, as on the command line. */
  public static final Limits NONE = new Limits(0, Duration.ZERO, 0);

  /** The default of an embedded interpreter: no CPU limit, objects of at most 256 MiB. */
  public static final Limits DEFAULT = NONE.maxObjectSize(256L * 1024 * 1024);

  private final long maxSteps;
  private final Duration timeout;
  private final long maxObjectSize;

  private Limits(long maxSteps, Duration timeout, long maxObjectSize) {
    this.maxSteps = maxSteps;
    this.timeout = timeout;
    this.maxObjectSize = maxObjectSize;
  }

  /**
   * The largest object a script may build, in estimated bytes (a character or byte counts 1, a
   * list or tuple item 8, an int its bits / 8); 0 means no limit. Checked before the object is
   * built by {@code *}, {@code +}, {@code **}, {@code <<} (and their augmented forms), list
   * growth, collecting an iterable and {@code str.join}, so a hostile {@code 10**10**8} or
   * {@code 'x' * 10**10} gives MemoryError, which the script may catch, instead of exhausting
   * the host's heap.
   */
  public Limits maxObjectSize(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0");
    }
    return new Limits(maxSteps, timeout, bytes);
  }

  public long maxObjectSize() {
    return maxObjectSize;
  }

  /** At most {@code steps} steps per call; 0 means no limit. */
  public Limits maxSteps(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0");
    }
    return new Limits(steps, timeout, maxObjectSize);
  }

  /** At most {@code timeout} of wall-clock time per call; zero means no limit. */
  public Limits timeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
    return new Limits(maxSteps, timeout, maxObjectSize);
  }

  public long maxSteps() {
    return maxSteps;
  }

  public Duration timeout() {
    return timeout;
  }

  ExecutionLimits toRuntime() {
    return new ExecutionLimits(maxSteps, timeout.toNanos(), maxObjectSize);
  }
}
