package org.pygen.runtime;

import java.math.BigInteger;

/** Conversions between the Java classes that represent Python numbers. Stateless. */
public final class Numbers {
  static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Numbers() {}

  /** True for Python ints: Long, BigInteger, and Boolean (bool is a subclass of int). */
  public static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
  }

  /** True for any Python int or float. */
  public static boolean isNumber(Object o) {
    return o instanceof Long || o instanceof Double || o instanceof Boolean
        || o instanceof BigInteger;
  }

  /** A big result as Python's canonical int value: a Long when it fits. */
  public static Object normalize(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** An int value (Long, BigInteger or Boolean) as a BigInteger. */
  public static BigInteger toBig(Object intValue) {
    if (intValue instanceof BigInteger b) {
      return b;
    }
    if (intValue instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return BigInteger.valueOf((Long) intValue);
  }

  /**
   * The digits of |v| in the radix, lower case: through long arithmetic when v fits a long, as
   * BigInteger's toString divides even small values the slow way.
   */
  static String magnitudeDigits(BigInteger v, int radix) {
    return v.bitLength() < 63
        ? Long.toString(Math.abs(v.longValue()), radix)
        : v.abs().toString(radix);
  }

  /** A Long or Boolean as a long; callers have checked it is not a BigInteger. */
  static long smallInt(Object o) {
    return o instanceof Long l ? l : ((Boolean) o ? 1L : 0L);
  }

  /**
   * An int used as a sequence index or count: Long or Boolean. Big ints raise IndexError as in
   * CPython; returns null when {@code o} is not an int at all so the caller can word the error.
   */
  static Long indexOrNull(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (o instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.INDEX_ERROR,
          "cannot fit 'int' into an index-sized integer");
    }
    if (SpecialMethods.isUser(o)) {
      Object r = SpecialMethods.toNumber(SpecialMethods.ts(o), o, "__index__");
      if (r != null) {
        if (!isInt(r)) {
          throw PyException.typeError(
              "__index__ returned non-int (type " + Ops.typeName(r) + ")");
        }
        return indexOrNull(r);
      }
    }
    return null;
  }

  /** Any int or float as a double; big ints too large raise OverflowError as CPython does. */
  public static double toDouble(Object num) {
    if (num instanceof Double d) {
      return d;
    }
    if (num instanceof Long l) {
      return l;
    }
    if (num instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    double d = ((BigInteger) num).doubleValue();
    if (Double.isInfinite(d)) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "int too large to convert to float");
    }
    return d;
  }

  /** An int argument where a Java int is needed (e.g. a repeat count); OverflowError if huge. */
  static int toIntSize(Object o) {
    Long l = indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    return (int) (long) l;
  }

  /** A required int argument as a long ({@code __index__} semantics); TypeError otherwise. */
  static long toLongIndex(Object o) {
    Long l = indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    return l;
  }
}
