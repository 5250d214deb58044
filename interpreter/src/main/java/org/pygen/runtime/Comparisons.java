package org.pygen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The general cases of Python's comparison operators, behind the fast paths in {@link Ops}:
 * exact comparison of ints with floats, code-point order for strings, lexicographic order for
 * lists and tuples, subset order for sets, and equality of containers.
 */
final class Comparisons {
  private Comparisons() {}

  static boolean eqSlow(Object a, Object b) {
    if (SpecialMethods.involvesUser(a, b)) {
      return Ops.isTrue(SpecialMethods.compare("==", a, b));
    }
    if (Numbers.isNumber(a)) {
      return Numbers.isNumber(b) && compareNumbers(a, b) == 0;
    }
    if (a instanceof PyList l) {
      return b instanceof PyList m && sequencesEqual(l.toArray(), m.toArray());
    }
    if (a instanceof PyTuple t) {
      return b instanceof PyTuple u && sequencesEqual(t.items(), u.items());
    }
    if (a instanceof PyDict d) {
      return b instanceof PyDict e && dictsEqual(d, e);
    }
    if (a instanceof PySet s) {
      if (b instanceof PyDictView v) {
        return DictViewOps.equal(v, s); // set.__eq__ declines; the view's reflected one answers
      }
      return b instanceof PySet t && s.size() == t.size() && SetOps.isSubset(s, t);
    }
    if (a instanceof PyRange || a instanceof PySlice) {
      return a.equals(b);
    }
    if (a instanceof PyDictView v) {
      return DictViewOps.equal(v, b);
    }
    if (a instanceof PyBytes) {
      return a.equals(b);
    }
    if (b instanceof String || b instanceof PyNone) {
      return false;
    }
    return a.equals(b);
  }

  private static boolean sequencesEqual(Object[] x, Object[] y) {
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] != y[i] && !Ops.eq(x[i], y[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean dictsEqual(PyDict d, PyDict e) {
    Object[] keys = d.keysArray();
    Object[] values = d.valuesArray();
    if (keys.length != e.size()) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      Object other = e.getOrNull(keys[i]);
      if (other == null || (other != values[i] && !Ops.eq(values[i], other))) {
        return false;
      }
    }
    return true;
  }

  /** The four ordering operators. */
  enum Op {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(int c) {
      switch (this) {
        case LT:
          return c < 0;
        case LE:
          return c <= 0;
        case GT:
          return c > 0 && c != UNORDERED;
        default:
          return c >= 0 && c != UNORDERED;
      }
    }
  }

  /** What {@link #compareNumbers} returns when either side is NaN. */
  private static final int UNORDERED = 2;

  static boolean order(Object a, Object b, Op op) {
    if (SpecialMethods.involvesUser(a, b)) {
      return Ops.isTrue(SpecialMethods.compare(op.symbol, a, b));
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      return op.holds(compareNumbers(a, b));
    }
    if (a instanceof String s && b instanceof String t) {
      return op.holds(Integer.signum(compareStrings(s, t)));
    }
    if (a instanceof PyList l && b instanceof PyList m) {
      return orderSequences(l.toArray(), m.toArray(), op);
    }
    if (a instanceof PyBytes x && b instanceof PyBytes y) {
      return op.holds(Integer.signum(x.compareTo(y)));
    }
    if (a instanceof PyTuple t && b instanceof PyTuple u) {
      return orderSequences(t.items(), u.items(), op);
    }
    if (a instanceof PySet s && b instanceof PySet t) {
      switch (op) {
        case LT:
          return s.size() < t.size() && SetOps.isSubset(s, t);
        case LE:
          return SetOps.isSubset(s, t);
        case GT:
          return s.size() > t.size() && SetOps.isSubset(t, s);
        default:
          return SetOps.isSubset(t, s);
      }
    }
    Boolean viewOrder = DictViewOps.order(a, b, op);
    if (viewOrder != null) {
      return viewOrder;
    }
    throw PyException.typeError(
        "'"
            + op.symbol
            + "' not supported between instances of '"
            + Ops.typeName(a)
            + "' and '"
            + Ops.typeName(b)
            + "'");
  }

  private static boolean orderSequences(Object[] x, Object[] y, Op op) {
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      if (x[i] != y[i] && !Ops.eq(x[i], y[i])) {
        return order2(x[i], y[i], op);
      }
    }
    return op.holds(Integer.compare(x.length, y.length));
  }

  private static boolean order2(Object a, Object b, Op op) {
    switch (op) {
      case LT:
        return Ops.lt(a, b);
      case LE:
        return Ops.le(a, b);
      case GT:
        return Ops.gt(a, b);
      default:
        return Ops.ge(a, b);
    }
  }

  /**
   * Compares two strings by code point, as Python does. Java's compareTo compares UTF-16 units,
   * which misorders characters above U+FFFF against U+E000..U+FFFF; the fix-up below is the
   * standard one that maps UTF-16 order onto code point order.
   */
  static int compareStrings(String s, String t) {
    int n = Math.min(s.length(), t.length());
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char d = t.charAt(i);
      if (c != d) {
        return codePointOrder(c) - codePointOrder(d);
      }
    }
    return s.length() - t.length();
  }

  private static int codePointOrder(char c) {
    if (c >= 0xD800) {
      return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
    return c;
  }

  /**
   * Compares two numbers exactly, returning -1, 0, 1 or {@link #UNORDERED} when a NaN is
   * involved. An int and a float are compared by value, never by rounding the int to a double.
   */
  static int compareNumbers(Object a, Object b) {
    if (!(a instanceof Double) && !(b instanceof Double)) {
      return Integer.signum(IntMath.compare(a, b));
    }
    if (a instanceof Double x && b instanceof Double y) {
      if (x.isNaN() || y.isNaN()) {
        return UNORDERED;
      }
      return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a instanceof Double x) {
      return compareFloatInt(x, b);
    }
    int c = compareFloatInt((Double) b, a);
    return c == UNORDERED ? c : -c;
  }

  private static int compareFloatInt(double x, Object i) {
    if (Double.isNaN(x)) {
      return UNORDERED;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? 1 : -1;
    }
    if (!(i instanceof BigInteger)) {
      long l = Numbers.smallInt(i);
      if (Math.abs(l) <= (1L << 53)) {
        double y = l;
        return x < y ? -1 : (x > y ? 1 : 0);
      }
    }
    return new BigDecimal(x).compareTo(new BigDecimal(Numbers.toBig(i)));
  }
}
