package org.pygen.runtime;

/**
 * Argument checking for built-in functions and methods, with CPython's error messages. CPython
 * words arity errors in a few styles depending on how a builtin is declared; each helper below
 * produces one of them.
 */
public final class Args {
  private static final String[] NO_NAMES = new String[0];

  private Args() {}

  /** How many of {@code args} are positional. */
  static int positional(Object[] args, String[] kwNames) {
    return kwNames == null ? args.length : args.length - kwNames.length;
  }

  /** Refuses keyword arguments: {@code len() takes no keyword arguments}. */
  public static void noKeywords(String display, String[] kwNames) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError(display + "() takes no keyword arguments");
    }
  }

  /** One positional argument: {@code len() takes exactly one argument (2 given)}. */
  static Object exactlyOne(String display, Object[] args, String[] kwNames) {
    noKeywords(display, kwNames);
    if (args.length != 1) {
      throw PyException.typeError(
          display + "() takes exactly one argument (" + args.length + " given)");
    }
    return args[0];
  }

  /** No arguments: {@code list.clear() takes no arguments (1 given)}. */
  static void none(String display, Object[] args, String[] kwNames) {
    noKeywords(display, kwNames);
    if (args.length != 0) {
      throw PyException.typeError(
          display + "() takes no arguments (" + args.length + " given)");
    }
  }

  /**
   * Positional-only arguments counted clinic-style: {@code pop expected at most 1 argument, got
   * 2}, {@code insert expected 2 arguments, got 1}.
   */
  public static void count(String name, Object[] args, String[] kwNames, int min, int max) {
    noKeywords(name, kwNames);
    int n = args.length;
    if (n >= min && n <= max) {
      return;
    }
    String bound;
    int limit;
    if (min == max) {
      bound = "";
      limit = min;
    } else if (n < min) {
      bound = "at least ";
      limit = min;
    } else {
      bound = "at most ";
      limit = max;
    }
    throw PyException.typeError(
        name
            + " expected "
            + bound
            + limit
            + " argument"
            + (limit == 1 ? "" : "s")
            + ", got "
            + n);
  }

  /**
   * Binds positional and keyword arguments to named parameters. Returns one slot per name, Java
   * null where nothing was passed. The first {@code maxPositional} names may be passed by
   * position, and all but the first {@code positionalOnly} names by keyword. Errors use the
   * {@code f() takes at most N arguments (M given)} style.
   */
  static Object[] bind(
      String display,
      Object[] args,
      String[] kwNames,
      int positionalOnly,
      int maxPositional,
      String... names) {
    Object[] slots = new Object[names.length];
    String[] kws = kwNames == null ? NO_NAMES : kwNames;
    int npos = args.length - kws.length;
    if (npos > maxPositional) {
      if (maxPositional == 0) {
        throw PyException.typeError(display + "() takes no positional arguments");
      }
      throw PyException.typeError(
          display
              + "() takes at most "
              + maxPositional
              + " argument"
              + (maxPositional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    System.arraycopy(args, 0, slots, 0, npos);
    for (int k = 0; k < kws.length; k++) {
      int slot = -1;
      for (int i = positionalOnly; i < names.length; i++) {
        if (names[i].equals(kws[k])) {
          slot = i;
          break;
        }
      }
      if (slot < 0) {
        throw PyException.typeError(
            "'" + kws[k] + "' is an invalid keyword argument for " + display + "()");
      }
      if (slots[slot] != null) {
        throw PyException.typeError(
            "argument for "
                + display
                + "() given by name ('"
                + kws[k]
                + "') and position ("
                + (slot + 1)
                + ")");
      }
      slots[slot] = args[npos + k];
    }
    return slots;
  }

  /** A required str argument. */
  static String str(String display, Object o, String what) {
    if (o instanceof String s) {
      return s;
    }
    throw PyException.typeError(
        display + "() argument " + what + " must be str, not " + Ops.typeName(o));
  }

  /** An optional int (None meaning absent) used as an index or count; TypeError otherwise. */
  static long index(Object o, long ifNone) {
    if (o == null || o == PyNone.NONE) {
      return ifNone;
    }
    Long l = Numbers.indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    return l;
  }

  /**
   * Slice-style optional index (None meaning absent) as used by str.find and list.index: big
   * ints clamp instead of raising.
   */
  static long sliceIndex(Object o, long ifNone) {
    if (o == null || o == PyNone.NONE) {
      return ifNone;
    }
    if (o instanceof java.math.BigInteger b) {
      return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    Long l = Numbers.indexOrNull(o);
    if (l == null) {
      throw PyException.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return l;
  }
}
