package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * The single home of Python's operators on runtime values: arithmetic, comparison, truth, hashing,
 * and the entry points for repr/str, indexing, iteration, attributes and calls (which delegate to
 * {@link Repr}, {@link Indexing}, {@link Iteration} and {@link Attributes}). Fast paths for Long
 * and Double come first in each operator; the general cases live in the {@code *Slow} helpers.
 * Stateless.
 */
public final class Ops {
  private Ops() {}

  // ---------------------------------------------------------------- arithmetic

  /** {@code a + b}. */
  public static Object add(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x + y;
      if (((x ^ r) & (y ^ r)) >= 0) {
        return r;
      }
      return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x + y;
    }
    return addSlow(a, b);
  }

  private static Object addSlow(Object a, Object b) {
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("+", a, b);
      if (r != null) {
        return r;
      }
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return Numbers.toDouble(a) + Numbers.toDouble(b);
      }
      return IntMath.add(a, b);
    }
    if (a instanceof String s) {
      if (b instanceof String t) {
        return s.concat(t);
      }
      throw concatError("str", b);
    }
    if (a instanceof PyList l) {
      if (b instanceof PyList m) {
        Object[] x = l.toArray();
        Object[] y = m.toArray();
        Object[] r = new Object[x.length + y.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return PyList.wrap(r);
      }
      throw concatError("list", b);
    }
    if (a instanceof PyBytes x) {
      if (b instanceof PyBytes y) {
        byte[] r = java.util.Arrays.copyOf(x.data(), x.size() + y.size());
        System.arraycopy(y.data(), 0, r, x.size(), y.size());
        return PyBytes.wrap(r);
      }
      throw PyException.typeError("can't concat " + typeName(b) + " to bytes");
    }
    if (a instanceof PyTuple t) {
      if (b instanceof PyTuple u) {
        Object[] r = new Object[t.size() + u.size()];
        System.arraycopy(t.items(), 0, r, 0, t.size());
        System.arraycopy(u.items(), 0, r, t.size(), u.size());
        return PyTuple.wrap(r);
      }
      throw concatError("tuple", b);
    }
    throw unsupported("+", a, b);
  }

  private static PyException concatError(String type, Object other) {
    return PyException.typeError(
        "can only concatenate " + type + " (not \"" + typeName(other) + "\") to " + type);
  }

  static PyException unsupported(String op, Object a, Object b) {
    return PyException.typeError(
        "unsupported operand type(s) for "
            + op
            + ": '"
            + typeName(a)
            + "' and '"
            + typeName(b)
            + "'");
  }

  /** {@code a - b}. */
  public static Object sub(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long r = x - y;
      if (((x ^ y) & (x ^ r)) >= 0) {
        return r;
      }
      return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x - y;
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return Numbers.toDouble(a) - Numbers.toDouble(b);
      }
      return IntMath.sub(a, b);
    }
    if (a instanceof PySet s && b instanceof PySet t) {
      return SetOps.difference(s, t);
    }
    if (a instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.sub(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("-", a, b);
      if (r != null) {
        return r;
      }
    }
    if (b instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.sub(a, b); // the reflected operator of a set-like view
    }
    throw unsupported("-", a, b);
  }

  /** {@code a * b}, including sequence repetition in either order. */
  public static Object mul(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
      return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x * y;
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return Numbers.toDouble(a) * Numbers.toDouble(b);
      }
      return IntMath.mul(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("*", a, b);
      if (r != null) {
        return r;
      }
    }
    if (isSequenceForRepeat(a)) {
      return repeat(a, b);
    }
    if (isSequenceForRepeat(b)) {
      return repeat(b, a);
    }
    throw unsupported("*", a, b);
  }

  private static boolean isSequenceForRepeat(Object o) {
    return o instanceof String || o instanceof PyList || o instanceof PyTuple
        || o instanceof PyBytes;
  }

  private static Object repeat(Object seq, Object count) {
    if (!Numbers.isInt(count)) {
      throw PyException.typeError(
          "can't multiply sequence by non-int of type '" + typeName(count) + "'");
    }
    if (count instanceof BigInteger big) {
      if (big.signum() < 0) {
        count = 0L;
      } else {
        throw PyException.of(
            PyExceptionType.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
      }
    }
    long n = Math.max(0, Numbers.smallInt(count));
    if (seq instanceof String s) {
      checkRepeatSize(s.length(), n);
      return s.repeat((int) n);
    }
    if (seq instanceof PyBytes b) {
      checkRepeatSize(b.size(), n);
      byte[] out = new byte[(int) (b.size() * n)];
      for (int i = 0; i < n; i++) {
        System.arraycopy(b.data(), 0, out, i * b.size(), b.size());
      }
      return PyBytes.wrap(out);
    }
    Object[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
    checkRepeatSize(items.length, n);
    Object[] out = new Object[(int) (items.length * n)];
    for (int i = 0; i < n; i++) {
      System.arraycopy(items, 0, out, i * items.length, items.length);
    }
    return seq instanceof PyList ? PyList.wrap(out) : PyTuple.wrap(out);
  }

  private static void checkRepeatSize(long length, long n) {
    if (length != 0 && n > (Integer.MAX_VALUE - 8) / length) {
      throw new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
    }
  }

  /** {@code a / b}: always a float for numbers. */
  public static Object truediv(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return FloatMath.trueDiv(x, y);
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return FloatMath.trueDiv(Numbers.toDouble(a), Numbers.toDouble(b));
      }
      return IntMath.trueDiv(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("/", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("/", a, b);
  }

  /** {@code a // b}, flooring toward minus infinity. */
  public static Object floordiv(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y && y != 0 && y != -1) {
      return Math.floorDiv((long) x, (long) y);
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return FloatMath.floorDiv(Numbers.toDouble(a), Numbers.toDouble(b));
      }
      return IntMath.floorDiv(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("//", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("//", a, b);
  }

  /** {@code a % b}: the remainder takes the divisor's sign; on a str it formats. */
  public static Object mod(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y && y != 0) {
      return Math.floorMod((long) x, (long) y);
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return FloatMath.mod(Numbers.toDouble(a), Numbers.toDouble(b));
      }
      return IntMath.mod(a, b);
    }
    if (a instanceof String s) {
      return PercentFormat.format(s, b);
    }
    if (a instanceof PyBytes t) {
      return PercentFormat.format(t, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("%", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("%", a, b);
  }

  /** {@code divmod(a, b)}. */
  public static Object divmod(Object a, Object b) {
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        double[] qr = FloatMath.divmod(Numbers.toDouble(a), Numbers.toDouble(b));
        return PyTuple.wrap(new Object[] {qr[0], qr[1]});
      }
      return IntMath.divmod(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      return SpecialMethods.binary("divmod()", a, b);
    }
    throw unsupported("divmod()", a, b);
  }

  /** {@code a ** b}. */
  public static Object pow(Object a, Object b) {
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      if (a instanceof Double || b instanceof Double) {
        return FloatMath.pow(Numbers.toDouble(a), Numbers.toDouble(b));
      }
      return IntMath.pow(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("** or pow()", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("** or pow()", a, b);
  }

  /** Three-argument {@code pow(a, b, m)}. */
  public static Object pow(Object a, Object b, Object m) {
    if (m == PyNone.NONE) {
      return pow(a, b);
    }
    if (Numbers.isInt(a) && Numbers.isInt(b) && Numbers.isInt(m)) {
      return IntMath.powMod(a, b, m);
    }
    if (SpecialMethods.isUser(a)) {
      Object r = SpecialMethods.callIfDefined(SpecialMethods.ts(a), a, "__pow__", b, m);
      if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b) && Numbers.isNumber(m)) {
      throw PyException.typeError(
          "pow() 3rd argument not allowed unless all arguments are integers");
    }
    throw PyException.typeError(
        "unsupported operand type(s) for ** or pow(): '"
            + typeName(a)
            + "', '"
            + typeName(b)
            + "', '"
            + typeName(m)
            + "'");
  }

  /** {@code a @ b}: no built-in type implements it; user classes may. */
  public static Object matmul(Object a, Object b) {
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("@", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("@", a, b);
  }

  /**
   * The comparison {@code a op b} as the operator gives it: a bool, except that a user's
   * {@code __eq__}, {@code __lt__}... may return any object. {@code op} is "==", "<", ...
   */
  public static Object richCompare(String op, Object a, Object b) {
    if (SpecialMethods.involvesUser(a, b)) {
      return SpecialMethods.compare(op, a, b);
    }
    switch (op) {
      case "==":
        return eq(a, b);
      case "!=":
        return ne(a, b);
      case "<":
        return lt(a, b);
      case "<=":
        return le(a, b);
      case ">":
        return gt(a, b);
      default:
        return ge(a, b);
    }
  }

  /** {@code a << b}. */
  public static Object lshift(Object a, Object b) {
    if (Numbers.isInt(a) && Numbers.isInt(b)) {
      return IntMath.lshift(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("<<", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported("<<", a, b);
  }

  /** {@code a >> b}. */
  public static Object rshift(Object a, Object b) {
    if (Numbers.isInt(a) && Numbers.isInt(b)) {
      return IntMath.rshift(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull(">>", a, b);
      if (r != null) {
        return r;
      }
    }
    throw unsupported(">>", a, b);
  }

  /** {@code a & b}; bool & bool stays a bool. */
  public static Object bitAnd(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x & y;
    }
    if (Numbers.isInt(a) && Numbers.isInt(b)) {
      return IntMath.and(a, b);
    }
    if (a instanceof PySet s && b instanceof PySet t) {
      return SetOps.intersection(s, t);
    }
    if (a instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.and(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("&", a, b);
      if (r != null) {
        return r;
      }
    }
    if (b instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.and(a, b); // the reflected operator of a set-like view
    }
    throw unsupported("&", a, b);
  }

  /** {@code a | b}; also set union and dict merge. */
  public static Object bitOr(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x | y;
    }
    if (Numbers.isInt(a) && Numbers.isInt(b)) {
      return IntMath.or(a, b);
    }
    if (a instanceof PySet s && b instanceof PySet t) {
      return SetOps.union(s, t);
    }
    if (a instanceof PyDict d && b instanceof PyDict e) {
      PyDict r = d.copy();
      r.putAll(e);
      return r;
    }
    if (a instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.or(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("|", a, b);
      if (r != null) {
        return r;
      }
    }
    if (b instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.or(a, b); // the reflected operator of a set-like view
    }
    throw unsupported("|", a, b);
  }

  /** {@code a ^ b}. */
  public static Object bitXor(Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x ^ y;
    }
    if (Numbers.isInt(a) && Numbers.isInt(b)) {
      return IntMath.xor(a, b);
    }
    if (a instanceof PySet s && b instanceof PySet t) {
      return SetOps.symmetricDifference(s, t);
    }
    if (a instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.xor(a, b);
    }
    if (SpecialMethods.involvesUser(a, b)) {
      Object r = SpecialMethods.binaryOrNull("^", a, b);
      if (r != null) {
        return r;
      }
    }
    if (b instanceof PyDictView v && v.isSetLike()) {
      return DictViewOps.xor(a, b); // the reflected operator of a set-like view
    }
    throw unsupported("^", a, b);
  }

  /** {@code -a}. */
  public static Object neg(Object a) {
    if (a instanceof Long x && x != Long.MIN_VALUE) {
      return -x;
    }
    if (a instanceof Double d) {
      return -d;
    }
    if (Numbers.isInt(a)) {
      return IntMath.neg(a);
    }
    if (SpecialMethods.isUser(a)) {
      return SpecialMethods.unary("__neg__", a);
    }
    throw badUnary("-", a);
  }

  /** {@code +a}. */
  public static Object pos(Object a) {
    if (a instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (Numbers.isNumber(a)) {
      return a;
    }
    if (SpecialMethods.isUser(a)) {
      return SpecialMethods.unary("__pos__", a);
    }
    throw badUnary("+", a);
  }

  /** {@code ~a}. */
  public static Object invert(Object a) {
    if (Numbers.isInt(a)) {
      return IntMath.invert(a);
    }
    if (SpecialMethods.isUser(a)) {
      return SpecialMethods.unary("__invert__", a);
    }
    throw badUnary("~", a);
  }

  /** {@code abs(a)}. */
  public static Object abs(Object a) {
    if (a instanceof Double d) {
      return Math.abs(d);
    }
    if (Numbers.isInt(a)) {
      return IntMath.abs(a);
    }
    if (SpecialMethods.isUser(a)) {
      return SpecialMethods.unary("__abs__", a);
    }
    throw PyException.typeError("bad operand type for abs(): '" + typeName(a) + "'");
  }

  private static PyException badUnary(String op, Object a) {
    return PyException.typeError("bad operand type for unary " + op + ": '" + typeName(a) + "'");
  }

  // ---------------------------------------------------------------- augmented assignment

  /*
   * a op= b. Lists, sets and dicts change in place and are returned; other values get a new
   * result. The caller stores the returned value back into the target.
   */

  /** {@code a += b}. */
  public static Object iadd(ThreadState ts, Object a, Object b) {
    return InPlaceOps.iadd(ts, a, b);
  }

  /** {@code a -= b}. */
  public static Object isub(ThreadState ts, Object a, Object b) {
    return InPlaceOps.isub(ts, a, b);
  }

  /** {@code a *= b}. */
  public static Object imul(ThreadState ts, Object a, Object b) {
    return InPlaceOps.imul(ts, a, b);
  }

  /** {@code a /= b}. */
  public static Object itruediv(ThreadState ts, Object a, Object b) {
    return InPlaceOps.itruediv(ts, a, b);
  }

  /** {@code a //= b}. */
  public static Object ifloordiv(ThreadState ts, Object a, Object b) {
    return InPlaceOps.ifloordiv(ts, a, b);
  }

  /** {@code a %= b}. */
  public static Object imod(ThreadState ts, Object a, Object b) {
    return InPlaceOps.imod(ts, a, b);
  }

  /** {@code a **= b}. */
  public static Object ipow(ThreadState ts, Object a, Object b) {
    return InPlaceOps.ipow(ts, a, b);
  }

  /** {@code a <<= b}. */
  public static Object ilshift(ThreadState ts, Object a, Object b) {
    return InPlaceOps.ilshift(ts, a, b);
  }

  /** {@code a >>= b}. */
  public static Object irshift(ThreadState ts, Object a, Object b) {
    return InPlaceOps.irshift(ts, a, b);
  }

  /** {@code a &= b}. */
  public static Object iand(ThreadState ts, Object a, Object b) {
    return InPlaceOps.iand(ts, a, b);
  }

  /** {@code a |= b}. */
  public static Object ior(ThreadState ts, Object a, Object b) {
    return InPlaceOps.ior(ts, a, b);
  }

  /** {@code a ^= b}. */
  public static Object ixor(ThreadState ts, Object a, Object b) {
    return InPlaceOps.ixor(ts, a, b);
  }

  // ---------------------------------------------------------------- comparison

  /** {@code a == b}. */
  public static boolean eq(Object a, Object b) {
    if (a == b) {
      // Identity implies equality except for NaN, which is unequal even to itself, and for
      // objects whose __eq__ decides otherwise.
      if (a instanceof PyInstance) {
        return Comparisons.eqSlow(a, b);
      }
      return !(a instanceof Double d && d.isNaN());
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x.longValue() == y.longValue();
    }
    if (a instanceof String s) {
      return b instanceof String && s.equals(b);
    }
    return Comparisons.eqSlow(a, b);
  }

  /** {@code a != b}. */
  public static boolean ne(Object a, Object b) {
    if (SpecialMethods.involvesUser(a, b)) {
      return isTrue(SpecialMethods.compare("!=", a, b));
    }
    return !eq(a, b);
  }

  /** {@code a < b}. */
  public static boolean lt(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x < y;
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x < y;
    }
    return Comparisons.order(a, b, Comparisons.Op.LT);
  }

  /** {@code a <= b}. */
  public static boolean le(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x <= y;
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x <= y;
    }
    return Comparisons.order(a, b, Comparisons.Op.LE);
  }

  /** {@code a > b}. */
  public static boolean gt(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x > y;
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x > y;
    }
    return Comparisons.order(a, b, Comparisons.Op.GT);
  }

  /** {@code a >= b}. */
  public static boolean ge(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return x >= y;
    }
    if (a instanceof Double x && b instanceof Double y) {
      return x >= y;
    }
    return Comparisons.order(a, b, Comparisons.Op.GE);
  }

  /**
   * Python's {@code is}. Java boxes are not Python objects, so small values compare by value:
   * None with None, equal booleans, equal numbers of the same type, equal strings; anything
   * else by reference.
   */
  public static boolean is(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Long || a instanceof Double || a instanceof BigInteger
        || a instanceof String || a instanceof Boolean) {
      return a.getClass() == b.getClass() && a.equals(b);
    }
    return false;
  }

  // ---------------------------------------------------------------- truth, len, in, hash

  /** Python truthiness. */
  public static boolean isTrue(Object o) {
    if (o instanceof Boolean b) {
      return b;
    }
    if (o instanceof Long l) {
      return l != 0;
    }
    if (o == PyNone.NONE) {
      return false;
    }
    if (o instanceof String s) {
      return !s.isEmpty();
    }
    if (o instanceof Double d) {
      return d != 0.0;
    }
    if (o instanceof PyList l) {
      return l.size() != 0;
    }
    if (o instanceof PyTuple t) {
      return t.size() != 0;
    }
    if (o instanceof PyDict d) {
      return d.size() != 0;
    }
    if (o instanceof PySet s) {
      return s.size() != 0;
    }
    if (o instanceof PyRange r) {
      return !r.isEmpty();
    }
    if (o instanceof BigInteger b) {
      return b.signum() != 0;
    }
    if (o instanceof PyDictView v) {
      return v.size() != 0;
    }
    if (o instanceof PyBytes b) {
      return b.size() != 0;
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.isTrue(o);
    }
    return true;
  }

  /** {@code not o}, as a Python bool. */
  public static Boolean not(Object o) {
    return !isTrue(o);
  }

  /** {@code len(o)}. */
  public static long len(Object o) {
    if (o instanceof String s) {
      return s.length();
    }
    if (o instanceof PyList l) {
      return l.size();
    }
    if (o instanceof PyTuple t) {
      return t.size();
    }
    if (o instanceof PyDict d) {
      return d.size();
    }
    if (o instanceof PySet s) {
      return s.size();
    }
    if (o instanceof PyRange r) {
      return r.length();
    }
    if (o instanceof PyDictView v) {
      return v.size();
    }
    if (o instanceof PyBytes b) {
      return b.size();
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.len(o);
    }
    throw PyException.typeError("object of type '" + typeName(o) + "' has no len()");
  }

  /** {@code item in container}. */
  public static boolean contains(ThreadState ts, Object container, Object item) {
    if (container instanceof String s) {
      if (item instanceof String t) {
        return s.contains(t);
      }
      throw PyException.typeError(
          "'in <string>' requires string as left operand, not " + typeName(item));
    }
    if (container instanceof PyList l) {
      return l.contains(item);
    }
    if (container instanceof PyTuple t) {
      for (Object x : t.items()) {
        if (x == item || eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (container instanceof PyDict d) {
      return d.containsKey(item);
    }
    if (container instanceof PySet s) {
      return s.contains(item);
    }
    if (container instanceof PyRange r) {
      return r.contains(item);
    }
    if (container instanceof PyDictView v) {
      return v.contains(item);
    }
    if (container instanceof PyBytes b) {
      return BytesMethods.contains(b, item);
    }
    if (container instanceof PyIterator it) {
      for (Object x = it.next(ts); x != PyIterator.DONE; x = it.next(ts)) {
        if (x == item || eq(x, item)) {
          return true;
        }
      }
      return false;
    }
    if (SpecialMethods.isUser(container)) {
      return SpecialMethods.contains(ts != null ? ts : SpecialMethods.ts(container), container, item);
    }
    throw PyException.typeError(
        "argument of type '" + typeName(container) + "' is not iterable");
  }

  /** {@code item in container} for callers without a ThreadState (no user iterators). */
  public static boolean contains(Object container, Object item) {
    return contains(null, container, item);
  }

  /** Python's {@code hash()}; equal numbers of any type hash alike, as CPython's do. */
  public static long hash(Object o) {
    if (o instanceof String s) {
      return s.hashCode();
    }
    if (o instanceof Long l) {
      return Hashing.hashLong(l);
    }
    return Hashing.hashSlow(o);
  }

  // ---------------------------------------------------------------- names, repr, str

  /** The Python type name of a value, as used in error messages. */
  public static String typeName(Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return "int";
    }
    if (o instanceof String) {
      return "str";
    }
    if (o instanceof Double) {
      return "float";
    }
    if (o instanceof Boolean) {
      return "bool";
    }
    if (o == PyNone.NONE) {
      return "NoneType";
    }
    if (o instanceof PyObjectTyped t) {
      return t.typeName();
    }
    if (o instanceof PyTuple) {
      return "tuple";
    }
    if (o instanceof PyExceptionType) {
      return "type";
    }
    if (o instanceof PyModule) {
      return "module";
    }
    if (o instanceof PyCallable) {
      return "builtin_function_or_method";
    }
    return o == null ? "NoneType" : o.getClass().getSimpleName();
  }

  /** {@code repr(o)}. */
  public static String repr(Object o) {
    return Repr.repr(o);
  }

  /** {@code str(o)}. */
  /** {@code ascii(o)}: the repr with every non-ASCII character escaped. */
  public static String ascii(Object o) {
    return Repr.asciiEscape(repr(o));
  }

  public static String str(Object o) {
    if (o instanceof String s) {
      return s;
    }
    return Repr.str(o);
  }

  /** {@code format(value, spec)}, also what f-string replacement fields call. */
  public static String format(Object value, String spec) {
    return Formatter.format(value, spec);
  }

  /** A CPython-like {@code 0x...} address for default reprs. */
  public static String addressOf(Object o) {
    return String.format("0x%012x", System.identityHashCode(o) * 16L + 0x7f0000000000L);
  }

  // ---------------------------------------------------------------- delegated protocols

  /** {@code obj[key]}. */
  public static Object getItem(Object obj, Object key) {
    return Indexing.getItem(obj, key);
  }

  /** {@code obj[key] = value}. */
  public static void setItem(Object obj, Object key, Object value) {
    Indexing.setItem(obj, key, value);
  }

  /**
   * {@code obj[key] = value}; the ThreadState is needed when a slice is assigned from an
   * iterator such as a generator.
   */
  public static void setItem(ThreadState ts, Object obj, Object key, Object value) {
    Indexing.setItem(ts, obj, key, value);
  }

  /** {@code del obj[key]}. */
  public static void delItem(Object obj, Object key) {
    Indexing.delItem(obj, key);
  }

  /** {@code iter(o)}: an iterator over any iterable; TypeError otherwise. */
  public static PyIterator iter(ThreadState ts, Object o) {
    return Iteration.iter(ts, o);
  }

  /** All items of an iterable, as a fresh array. */
  public static Object[] toArray(ThreadState ts, Object iterable) {
    return Iteration.toArray(ts, iterable);
  }

  /** {@code obj.name}. */
  public static Object getAttr(ThreadState ts, Object obj, String name) {
    return Attributes.getAttr(ts, obj, name);
  }

  /** {@code obj.name = value}. */
  public static void setAttr(ThreadState ts, Object obj, String name, Object value) {
    if (!(obj instanceof HasAttributes)) {
      BuiltinDataAttributes.refuseChange(ts, obj, name);
    }
    Attributes.setAttr(ts, obj, name, value);
  }

  /** {@code del obj.name}. */
  public static void delAttr(ThreadState ts, Object obj, String name) {
    if (!(obj instanceof HasAttributes)) {
      BuiltinDataAttributes.refuseChange(ts, obj, name);
    }
    Attributes.delAttr(ts, obj, name);
  }

  /**
   * The method {@code name} of a built-in value's type ({@code list.append}), or null when the
   * value is not of a built-in type with such a method. The answer depends only on the value's
   * Java class, so a call site may keep it for values of the same class.
   */
  public static BuiltinMethod builtinMethod(Object obj, String name) {
    if (obj instanceof HasMethodTable t) {
      return t.methodTable().get(name);
    }
    if (obj instanceof HasAttributes) {
      return null;
    }
    Map<String, BuiltinMethod> table = Attributes.methodTable(obj);
    return table == null ? null : table.get(name);
  }

  /** {@code obj.name(args)} without creating a bound method object for built-in types. */
  public static Object callMethod(
      ThreadState ts, Object obj, String name, Object[] args, String[] kwNames) {
    return Attributes.callMethod(ts, obj, name, args, kwNames);
  }

  /** {@code callee(args)}. */
  public static Object call(ThreadState ts, Object callee, Object[] args, String[] kwNames) {
    if (callee instanceof PyCallable c) {
      return c.call(ts, args, kwNames);
    }
    if (SpecialMethods.isUser(callee)) {
      return SpecialMethods.call(ts, callee, args, kwNames);
    }
    throw PyException.typeError("'" + typeName(callee) + "' object is not callable");
  }

  /** {@code callee(args)} with positional arguments only. */
  public static Object call(ThreadState ts, Object callee, Object... args) {
    return call(ts, callee, args, null);
  }
}
