package org.pygen.modules.itertools;

import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyTuple;

/**
 * Helpers shared by the combinatoric iterators, which work on a pool materialised up front (as
 * CPython's do: their inputs must be finite) and on arrays of indices into it.
 */
final class Pools {
  private Pools() {}

  /** The tuple {@code (pool[indices[0]], ..., pool[indices[r - 1]])}. */
  static PyTuple pick(Object[] pool, int[] indices, int r) {
    Object[] items = new Object[r];
    for (int i = 0; i < r; i++) {
      items[i] = pool[indices[i]];
    }
    return PyTuple.of(items);
  }

  /** The longest array the JVM will allocate, give or take; longer requests are refused. */
  static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  /**
   * The length {@code r} asked of a result as a Java int. Where {@code r} exceeds the pool, the
   * callers yield nothing without allocating anything that long, so capping is harmless.
   */
  static int length(long r) {
    return (int) Math.min(r, MAX_LENGTH);
  }

  /** MemoryError for a result no array could hold, as CPython's allocation failure gives. */
  static PyException tooLong() {
    return PyException.of(PyExceptionType.MEMORY_ERROR, "");
  }
}
