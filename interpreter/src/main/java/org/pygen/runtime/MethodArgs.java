package org.pygen.runtime;

import java.math.BigInteger;

/**
 * Argument checks for the methods of the built-in types, worded as CPython words them. CPython's
 * methods name themselves qualified when refusing keywords in a method call ({@code dict.get()
 * takes no keyword arguments}) but bare when counting: Argument Clinic ones say {@code get
 * expected at most 2 arguments, got 3}, older ones (str.find and friends) {@code find() takes
 * at most 3 arguments (4 given)}.
 */
final class MethodArgs {
  private MethodArgs() {}

  /** An Argument Clinic method taking {@code min..max} positional-only arguments. */
  static void clinic(
      String qualified, String bare, Object[] args, String[] kw, int min, int max) {
    Args.noKeywords(qualified, kw);
    Args.count(bare, args, kw, min, max);
  }

  /** An old-style method taking {@code min..max} positional-only arguments. */
  static void oldStyle(
      String qualified, String bare, Object[] args, String[] kw, int min, int max) {
    Args.noKeywords(qualified, kw);
    int n = args.length;
    if (n < min) {
      throw PyException.typeError(
          bare + "() takes at least " + min + " argument" + (min == 1 ? "" : "s") + " (" + n
              + " given)");
    }
    if (n > max) {
      throw PyException.typeError(
          bare + "() takes at most " + max + " argument" + (max == 1 ? "" : "s") + " (" + n
              + " given)");
    }
  }

  /**
   * An int argument CPython converts to a C {@code Py_ssize_t}: TypeError for non-ints
   * (including None), OverflowError for ints beyond 64 bits.
   */
  static long ssize(Object o) {
    if (o instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    Long l = Numbers.indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    return l;
  }

  /**
   * A start or stop bound of list.index and tuple.index: an int, big ones clamped; unlike the
   * str methods' bounds, None is refused.
   */
  static long sliceIndexNotNone(Object o) {
    if (o instanceof BigInteger b) {
      return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    Long l = Numbers.indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "slice indices must be integers or have an __index__ method");
    }
    return l;
  }
}
