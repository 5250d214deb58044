package org.pygen.modules.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * The functions that take floats apart or round them to ints: {@code floor}, {@code ceil},
 * {@code trunc}, {@code modf}, {@code frexp}, {@code ldexp}, and the logarithms of ints too big
 * for a float, which CPython computes from the int's mantissa and exponent.
 */
final class FloatParts {
  private static final double TWO_TO_63 = 0x1p63;

  private FloatParts() {}

  /** {@code floor(x)} as an int; ints are returned as they are. */
  static Object floor(ThreadState ts, Object x) {
    return rounded(ts, x, "__floor__", Math::floor);
  }

  /** {@code ceil(x)} as an int. */
  static Object ceil(ThreadState ts, Object x) {
    return rounded(ts, x, "__ceil__", Math::ceil);
  }

  /** {@code trunc(x)}: toward zero; TypeError for a value with no {@code __trunc__}. */
  static Object trunc(ThreadState ts, Object x) {
    if (x instanceof Double d) {
      return toInt(d < 0 ? Math.ceil(d) : Math.floor(d));
    }
    if (x instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (Numbers.isInt(x)) {
      return x;
    }
    Object result = MathArgs.callSpecial(ts, x, "__trunc__");
    if (result != null) {
      return result;
    }
    throw PyException.typeError(
        "type " + Ops.typeName(x) + " doesn't define __trunc__ method");
  }

  private static Object rounded(
      ThreadState ts, Object x, String special, DoubleUnaryOperator rounding) {
    if (x instanceof Double d) {
      return toInt(rounding.applyAsDouble(d));
    }
    if (x instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (Numbers.isInt(x)) {
      return x;
    }
    Object result = MathArgs.callSpecial(ts, x, special);
    if (result != null) {
      return result;
    }
    return toInt(rounding.applyAsDouble(MathArgs.toDouble(ts, x)));
  }

  /** An integral double as a Python int, with CPython's errors for infinities and NaN. */
  static Object toInt(double d) {
    if (Double.isNaN(d)) {
      throw PyException.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
    }
    if (Math.abs(d) < TWO_TO_63) {
      return (long) d;
    }
    return Numbers.normalize(new BigDecimal(d).toBigInteger());
  }

  /** {@code modf(x)}: the fractional and integral parts, both with x's sign. */
  static PyTuple modf(double x) {
    if (Double.isInfinite(x)) {
      return PyTuple.of(Math.copySign(0.0, x), x);
    }
    if (Double.isNaN(x)) {
      return PyTuple.of(x, x);
    }
    double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
    return PyTuple.of(Math.copySign(x - whole, x), whole);
  }

  /** {@code frexp(x)}: (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1, or (x, 0). */
  static PyTuple frexp(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
      return PyTuple.of(x, 0L);
    }
    int e = exponentOf(x);
    return PyTuple.of(Math.scalb(x, -e), (long) e);
  }

  /** The exponent C's frexp gives a finite non-zero double. */
  private static int exponentOf(double x) {
    if (Math.abs(x) < Double.MIN_NORMAL) {
      return Math.getExponent(x * 0x1p54) + 1 - 54;
    }
    return Math.getExponent(x) + 1;
  }

  /** {@code ldexp(x, i)}: {@code x * 2**i}, exactly rounded; OverflowError when too big. */
  static double ldexp(double x, Object i) {
    if (!Numbers.isInt(i)) {
      throw PyException.typeError("Expected an int as second argument to ldexp.");
    }
    if (x == 0.0 || !Double.isFinite(x)) {
      return x;
    }
    BigInteger exp = Numbers.toBig(i);
    if (exp.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      throw MathErrors.range();
    }
    if (exp.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
      return Math.copySign(0.0, x);
    }
    double r = Math.scalb(x, exp.intValue());
    if (Double.isInfinite(r)) {
      throw MathErrors.range();
    }
    return r;
  }

  /**
   * A logarithm of a number, with ints handled as CPython's {@code loghelper} does: an int too
   * big for a float is split into a mantissa and a power of two, so {@code log(10**400)} works.
   */
  static double logOf(ThreadState ts, Object x, DoubleUnaryOperator log) {
    if (Numbers.isInt(x)) {
      BigInteger n = Numbers.toBig(x);
      if (n.signum() <= 0) {
        throw MathErrors.domain();
      }
      double d = n.doubleValue();
      if (Double.isFinite(d)) {
        return log.applyAsDouble(d);
      }
      // n ~= m * 2**e with m rounded to 53 bits, half to even.
      int e = n.bitLength();
      BigInteger top = n.shiftRight(e - 55);
      boolean sticky = n.getLowestSetBit() < e - 55;
      long bits = top.longValue() | (sticky ? 1 : 0);
      long mantissa = bits >> 2;
      long rest = bits & 3;
      if (rest > 2 || (rest == 2 && (mantissa & 1) == 1)) {
        mantissa++;
      }
      double m = Math.scalb((double) mantissa, -53);
      if (m == 1.0) {
        m = 0.5;
        e++;
      }
      return log.applyAsDouble(m) + log.applyAsDouble(2.0) * e;
    }
    return MathErrors.unary(MathArgs.toDouble(ts, x), log, false);
  }
}
