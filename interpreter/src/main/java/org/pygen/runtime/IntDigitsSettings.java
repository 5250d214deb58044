package org.pygen.runtime;

import java.math.BigInteger;

/**
 * {@code sys.set_int_max_str_digits(maxdigits)} and {@code sys.get_int_max_str_digits()}, which
 * read and change the running interpreter's {@link IntDigitsLimit}, with the argument errors of
 * CPython's argument-clinic functions.
 */
public final class IntDigitsSettings {
  private static final String SET = "set_int_max_str_digits";

  private IntDigitsSettings() {}

  /** {@code sys.set_int_max_str_digits(maxdigits)}. */
  public static Object set(ThreadState ts, Object[] args, String[] kwNames) {
    int keywords = kwNames == null ? 0 : kwNames.length;
    if (args.length > 1) {
      throw PyException.typeError(
          SET + "() takes at most 1 argument (" + args.length + " given)");
    }
    Object value = null;
    if (args.length == 1 && (keywords == 0 || kwNames[0].equals("maxdigits"))) {
      value = args[0];
    }
    if (value == null) {
      // Clinic reports the missing argument before looking at an unknown keyword.
      throw PyException.typeError(SET + "() missing required argument 'maxdigits' (pos 1)");
    }
    ts.runtime().setIntMaxStrDigits(toCInt(value));
    return PyNone.NONE;
  }

  /** {@code sys.get_int_max_str_digits()}. */
  public static Object get(ThreadState ts, Object[] args, String[] kwNames) {
    Args.none("sys.get_int_max_str_digits", args, kwNames);
    return (long) ts.runtime().intMaxStrDigits();
  }

  /** CPython's {@code int} converter: {@code __index__}, OverflowError beyond a C int. */
  private static int toCInt(Object value) {
    if (value instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    return Numbers.toIntSize(value);
  }
}
