package org.pygen.modules.random;

import java.math.BigInteger;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/** Int arguments of the random methods, converted as {@code operator.index} converts them. */
final class Ints {
  private Ints() {}

  /** An int as a Long (bool included) or a BigInteger beyond 64 bits, or null for a non-int. */
  static Object indexOrNull(Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return o;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return null;
  }

  /** {@code operator.index(o)}; TypeError for a non-int. */
  static Object index(Object o) {
    Object index = indexOrNull(o);
    if (index == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    return index;
  }

  /** An int used as a count or size, as a C {@code Py_ssize_t}: OverflowError beyond 64 bits. */
  static long toLong(Object o) {
    Object index = index(o);
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
