package org.pygen.modules.math;

import org.pygen.runtime.PyException;

/**
 * Binds arguments to parameters the way CPython's argument clinic does for functions that take
 * keywords ({@code prod}, {@code isclose}), with its error messages in its order: too many
 * arguments in all, too many positional ones, a missing required one, then a keyword given twice
 * or unknown.
 */
final class ClinicKeywords {
  private ClinicKeywords() {}

  /**
   * Returns one slot per name, Java null where nothing was passed. The first {@code positionalOnly}
   * names cannot be passed by keyword, the first {@code maxPositional} can be passed by position,
   * and the first {@code required} must be given.
   */
  static Object[] bind(
      String function,
      Object[] args,
      String[] kwNames,
      int positionalOnly,
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
              + " argument"
              + (names.length == 1 ? "" : "s")
              + " ("
              + args.length
              + " given)");
    }
    if (npos > maxPositional) {
      throw tooManyOrFewPositional(function, required < maxPositional, maxPositional, npos);
    }
    Object[] slots = new Object[names.length];
    System.arraycopy(args, 0, slots, 0, npos);
    int matched = 0;
    for (int i = npos; i < names.length; i++) {
      if (i >= positionalOnly) {
        for (int k = 0; k < nkw; k++) {
          if (kwNames[k].equals(names[i])) {
            slots[i] = args[npos + k];
            matched++;
          }
        }
      }
      if (slots[i] == null && i < required) {
        if (i < positionalOnly) {
          throw tooManyOrFewPositional(function, false, positionalOnly, npos);
        }
        throw PyException.typeError(
            function + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    if (matched < nkw) {
      for (int k = 0; k < nkw; k++) {
        for (int i = positionalOnly; i < npos; i++) {
          if (kwNames[k].equals(names[i])) {
            throw PyException.typeError(
                "argument for "
                    + function
                    + "() given by name ('"
                    + kwNames[k]
                    + "') and position ("
                    + (i + 1)
                    + ")");
          }
        }
      }
      for (int k = 0; k < nkw; k++) {
        if (!isBindable(kwNames[k], names, Math.max(npos, positionalOnly))) {
          throw PyException.typeError(
              "'" + kwNames[k] + "' is an invalid keyword argument for " + function + "()");
        }
      }
    }
    return slots;
  }

  private static boolean isBindable(String keyword, String[] names, int from) {
    for (int i = from; i < names.length; i++) {
      if (names[i].equals(keyword)) {
        return true;
      }
    }
    return false;
  }

  private static PyException tooManyOrFewPositional(
      String function, boolean atMost, int limit, int given) {
    return PyException.typeError(
        function
            + "() takes "
            + (atMost ? "at most " : "exactly ")
            + limit
            + " positional argument"
            + (limit == 1 ? "" : "s")
            + " ("
            + given
            + " given)");
  }
}
