package org.pygen.modules.random;

import java.math.BigInteger;
import org.pygen.modules.math.MathArgs;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.ThreadState;

/**
 * Int arguments of the random methods, converted as {@code operator.index} converts them (so
 * objects with {@code __index__} are accepted).
 */
final class Ints {
  private Ints() {}

  /** An int as a Long (bool included) or a BigInteger beyond 64 bits, or null for a non-int. */
  static Object indexOrNull(ThreadState ts, Object o) {
    return MathArgs.indexOrNull(ts, o);
  }

  /** {@code operator.index(o)}; TypeError for a non-int. */
  static Object index(ThreadState ts, Object o) {
    return MathArgs.toIndex(ts, o);
  }

  /** An int used as a count or size, as a C {@code Py_ssize_t}: OverflowError beyond 64 bits. */
  static long toLong(ThreadState ts, Object o) {
    Object index = index(ts, o);
    if (index instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    return (Long) index;
  }

  /** Whether {@code o} is a Python int (bool included). */
  static boolean isInt(Object o) {
    return Numbers.isInt(o);
  }
}
