package org.pygen.modules.itertools;

import java.math.BigInteger;
import org.pygen.runtime.Args;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/**
 * Argument binding for the itertools constructors, worded as CPython 3.11's argument parsers word
 * their errors. Counting positional-only arguments is the runtime's {@link Args}; binding by
 * keyword is here, because itertools needs the {@code missing required argument} style that
 * Args does not have.
 */
final class Params {
  private Params() {}

  /**
   * Binds arguments to named parameters the way {@code PyArg_ParseTupleAndKeywords} does. The first
   * {@code maxPositional} names may be passed by position, every name by keyword; the first {@code
   * required} must be given. Returns one slot per name, Java null where nothing was passed.
   */
  static Object[] bind(
      String function,
      Object[] args,
      String[] kwNames,
      int maxPositional,
      int required,
      String... names) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    if (args.length > names.length) {
      throw PyException.typeError(
          function
              + "() takes at most "
              + names.length
              + (npos == 0 ? " keyword" : "")
              + " argument"
              + (names.length == 1 ? "" : "s")
              + " ("
              + args.length
              + " given)");
    }
    if (npos > maxPositional) {
      throw PyException.typeError(
          function
              + "() takes "
              + (required < maxPositional ? "at most " : "exactly ")
              + maxPositional
              + " positional argument"
              + (maxPositional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    Object[] slots = new Object[names.length];
    System.arraycopy(args, 0, slots, 0, npos);
    boolean[] used = new boolean[nkw];
    for (int i = npos; i < names.length; i++) {
      for (int k = 0; k < nkw; k++) {
        if (kwNames[k].equals(names[i])) {
          slots[i] = args[npos + k];
          used[k] = true;
        }
      }
      if (slots[i] == null && i < required) {
        throw PyException.typeError(
            function + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    for (int k = 0; k < nkw; k++) {
      if (!used[k]) {
        throw unexpectedKeyword(function, kwNames[k], npos, names);
      }
    }
    return slots;
  }

  private static PyException unexpectedKeyword(
      String function, String keyword, int npos, String[] names) {
    for (int i = 0; i < npos; i++) {
      if (names[i].equals(keyword)) {
        return PyException.typeError(
            "argument for "
                + function
                + "() given by name ('"
                + keyword
                + "') and position ("
                + (i + 1)
                + ")");
      }
    }
    return PyException.typeError(
        "'" + keyword + "' is an invalid keyword argument for " + function + "()");
  }

  /**
   * Positional-only arguments, counted as CPython's {@code _PyArg_CheckPositional} counts them
   * ({@code cycle expected 1 argument, got 0}); keywords are refused first, naming the function as
   * {@code display} does ({@code cycle() takes no keyword arguments}).
   */
  static void positionalOnly(
      String function, String display, Object[] args, String[] kwNames, int min, int max) {
    Args.noKeywords(display, kwNames);
    Args.count(function, args, null, min, max);
  }

  /**
   * An int argument converted to a C {@code Py_ssize_t}, as the {@code n} format does: TypeError
   * for a non-int, OverflowError beyond 64 bits.
   */
  static long ssize(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (o instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    throw PyException.typeError(
        "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
  }

  /** An int that fits a {@code Py_ssize_t}, or null for anything else (a non-int, or too big). */
  static Long ssizeOrNull(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return null;
  }
}
