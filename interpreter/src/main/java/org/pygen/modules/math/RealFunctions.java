package org.pygen.modules.math;

/**
 * The double-valued functions of the math module, with CPython's special cases. Where Java's
 * library and the C library CPython is built with (glibc) may round differently, the functions
 * follow glibc's algorithm on top of Java's most accurate primitives, so that results agree with
 * CPython on Linux to the last bit in all but rare cases: {@code log10}, {@code sinh}, {@code
 * cosh} and the inverse hyperbolic functions use the classic fdlibm reductions that glibc uses,
 * {@code cbrt} glibc's polynomial and Halley step, and {@code log2} a double-double series that
 * rounds as correctly as glibc's does.
 */
final class RealFunctions {
  private static final double LN2 = 0.6931471805599453;
  private static final double SQRT2 = 1.4142135623730951;
  private static final double THIRD_HI = 0.3333333333333333;
  private static final double THIRD_LO = 1.850371707708594e-17;
  private static final double INV_LN2_HI = 1.4426950408889634;
  private static final double INV_LN2_LO = 2.0355273740931033e-17;
  private static final double INV_LN10 = 4.34294481903251816668e-01;
  private static final double LOG10_2_HI = 3.01029995663611771306e-01;
  private static final double LOG10_2_LO = 3.69423907715893078616e-13;
  /** Beyond this, exp(x) overflows: log(Double.MAX_VALUE). */
  private static final double EXP_OVERFLOW = 709.782712893384;
  private static final double CBRT2 = 1.2599210498948731648;
  private static final double SQUARE_CBRT2 = 1.5874010519681994748;
  private static final double[] CBRT_SCALE = {
    1.0 / SQUARE_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQUARE_CBRT2
  };

  private RealFunctions() {}

  /** Natural log; {@code -inf} for 0 and NaN for negatives, which the callers turn into errors. */
  static double log(double x) {
    if (x > 0.0 && x != Double.POSITIVE_INFINITY) {
      return Math.log(x);
    }
    if (x == 0.0) {
      return Double.NEGATIVE_INFINITY;
    }
    return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
  }

  /** Base-10 log as fdlibm computes it: exact for powers of ten that are doubles. */
  static double log10(double x) {
    if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
      return log(x);
    }
    int k = 0;
    if (x < Double.MIN_NORMAL) {
      x *= 0x1p54;
      k = -54;
    }
    long bits = Double.doubleToRawLongBits(x);
    int high = (int) (bits >>> 32);
    k += (high >> 20) - 1023;
    // For x below 1 the mantissa is taken in [0.5, 1) rather than [1, 2).
    int below = k < 0 ? 1 : 0;
    high = (high & 0x000fffff) | ((0x3ff - below) << 20);
    double y = k + below;
    double mantissa = Double.longBitsToDouble(((long) high << 32) | (bits & 0xffffffffL));
    double z = y * LOG10_2_LO + INV_LN10 * Math.log(mantissa);
    return z + y * LOG10_2_HI;
  }

  /**
   * Base-2 log, exact for powers of two and otherwise correctly rounded but for the rarest
   * cases: {@code log2(m * 2**e) = e + 2 atanh(s) / ln 2} with {@code s = (m - 1) / (m + 1)},
   * evaluated in double-double arithmetic.
   */
  static double log2(double x) {
    if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
      return log(x);
    }
    int e = 0;
    if (x < Double.MIN_NORMAL) {
      x *= 0x1p54;
      e = -54;
    }
    int exponent = Math.getExponent(x);
    double m = Math.scalb(x, -exponent);
    e += exponent;
    if (m > SQRT2) {
      m *= 0.5;
      e += 1;
    }
    if (m == 1.0) {
      return e;
    }
    // s = (m - 1) / (m + 1) as sHi + sLo; m - 1 is exact because m is within a factor 2 of 1.
    double num = m - 1.0;
    double den = m + 1.0;
    double denLo = DoubleDouble.twoSumError(m, 1.0, den);
    double sHi = num / den;
    double p = sHi * den;
    double remainder = ((num - p) - DoubleDouble.twoProductError(sHi, den, p)) - sHi * denLo;
    double sLo = remainder / den;
    // ln m = 2s + 2 s^3 (1/3 + s^2/5 + s^4/7 + ...); the tail beyond 1/3 needs only doubles.
    double s2 = sHi * sHi;
    double tail = 0.0;
    for (int k = 27; k >= 5; k -= 2) {
      tail = s2 * (1.0 / k + tail);
    }
    double pHi = THIRD_HI + tail;
    double pLo = DoubleDouble.twoSumError(THIRD_HI, tail, pHi) + THIRD_LO;
    double sq = sHi * sHi;
    double sqLo = DoubleDouble.twoProductError(sHi, sHi, sq) + 2.0 * sHi * sLo;
    double cube = sq * sHi;
    double cubeLo = DoubleDouble.twoProductError(sq, sHi, cube) + sqLo * sHi + sq * sLo;
    double t = cube * pHi;
    double tLo = DoubleDouble.twoProductError(cube, pHi, t) + cube * pLo + cubeLo * pHi;
    double half = sHi + t;
    double halfLo = DoubleDouble.twoSumError(sHi, t, half) + sLo + tLo;
    double ln = 2.0 * half;
    double lnLo = 2.0 * halfLo;
    double q = ln * INV_LN2_HI;
    double qLo = DoubleDouble.twoProductError(ln, INV_LN2_HI, q) + ln * INV_LN2_LO
        + lnLo * INV_LN2_HI;
    double r = e + q;
    double rLo = DoubleDouble.twoSumError(e, q, r) + qLo;
    return r + rLo;
  }

  /** {@code log(1 + x)}; -inf at -1, NaN below. */
  static double log1p(double x) {
    return Math.log1p(x);
  }

  /** Cube root, computed as glibc does so the last bit agrees with CPython on Linux. */
  static double cbrt(double x) {
    if (x == 0.0 || !Double.isFinite(x)) {
      return x + x;
    }
    double ax = Math.abs(x);
    int e;
    double m;
    if (ax < Double.MIN_NORMAL) {
      double scaled = ax * 0x1p54;
      e = Math.getExponent(scaled) + 1 - 54;
      m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
    } else {
      e = Math.getExponent(ax) + 1;
      m = Math.scalb(ax, -e);
    }
    // m is in [0.5, 1): a polynomial first guess, then one Halley step.
    double u =
        0.354895765043919860
            + (1.50819193781584896
                    + (-2.11499494167371287
                            + (2.44693122563534430
                                    + (-1.83469277483613086
                                            + (0.784932344976639262 - 0.145263899385486377 * m)
                                                * m)
                                        * m)
                                * m)
                        * m)
                * m;
    double u3 = u * u * u;
    double root = u * (u3 + 2.0 * m) / (2.0 * u3 + m) * CBRT_SCALE[2 + e % 3];
    return Math.copySign(Math.scalb(root, e / 3), x);
  }

  /** Hyperbolic sine, by fdlibm's reductions on expm1 and exp. */
  static double sinh(double x) {
    if (!Double.isFinite(x)) {
      return x;
    }
    double h = x < 0 ? -0.5 : 0.5;
    double ax = Math.abs(x);
    if (ax < 22.0) {
      if (ax < 0x1p-28) {
        return x;
      }
      double t = Math.expm1(ax);
      if (ax < 1.0) {
        return h * (2.0 * t - t * t / (t + 1.0));
      }
      return h * (t + t / (t + 1.0));
    }
    if (ax < EXP_OVERFLOW) {
      return h * Math.exp(ax);
    }
    double w = Math.exp(0.5 * ax);
    double t = h * w;
    return t * w;
  }

  /** Hyperbolic cosine, by fdlibm's reductions on expm1 and exp. */
  static double cosh(double x) {
    if (!Double.isFinite(x)) {
      return Math.abs(x);
    }
    double ax = Math.abs(x);
    if (ax < 0.5 * LN2) {
      double t = Math.expm1(ax);
      double w = 1.0 + t;
      if (ax < 0x1p-55) {
        return w;
      }
      return 1.0 + (t * t) / (w + w);
    }
    if (ax < 22.0) {
      double t = Math.exp(ax);
      return 0.5 * t + 0.5 / t;
    }
    if (ax < EXP_OVERFLOW) {
      return 0.5 * Math.exp(ax);
    }
    double w = Math.exp(0.5 * ax);
    double t = 0.5 * w;
    return t * w;
  }

  /** Inverse hyperbolic sine, by fdlibm's formulas. */
  static double asinh(double x) {
    if (!Double.isFinite(x)) {
      return x + x;
    }
    double ax = Math.abs(x);
    if (ax < 0x1p-28) {
      return x;
    }
    double w;
    if (ax > 0x1p28) {
      w = Math.log(ax) + LN2;
    } else if (ax > 2.0) {
      w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
    } else {
      double t = x * x;
      w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
    }
    return Math.copySign(w, x);
  }

  /** Inverse hyperbolic cosine, by fdlibm's formulas; NaN below 1. */
  static double acosh(double x) {
    if (x < 1.0) {
      return Double.NaN;
    }
    if (x >= 0x1p28) {
      return Double.isInfinite(x) ? x : Math.log(x) + LN2;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x > 2.0) {
      double t = x * x;
      return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  /** Inverse hyperbolic tangent, by fdlibm's formulas; infinite at +-1, NaN beyond. */
  static double atanh(double x) {
    double ax = Math.abs(x);
    if (ax > 1.0) {
      return Double.NaN;
    }
    if (ax == 1.0) {
      return x / 0.0;
    }
    if (ax < 0x1p-28) {
      return x;
    }
    double t;
    if (ax < 0.5) {
      t = ax + ax;
      t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
    } else {
      t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
    }
    return Math.copySign(t, x);
  }

  /** {@code atan2} with C99's special values, decided here as CPython does. */
  static double atan2(double y, double x) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    if (Double.isInfinite(y)) {
      if (Double.isInfinite(x)) {
        return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
      }
      return Math.copySign(0.5 * Math.PI, y);
    }
    if (Double.isInfinite(x) || y == 0.0) {
      return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
    }
    return InverseTrig.atan2(y, x);
  }

  /** IEEE 754 remainder: {@code x - n*y} for the integer n nearest {@code x/y}, ties to even. */
  static double remainder(double x, double y) {
    if (Double.isFinite(x) && Double.isFinite(y)) {
      if (y == 0.0) {
        return Double.NaN;
      }
      double absx = Math.abs(x);
      double absy = Math.abs(y);
      double m = absx % absy;
      // Comparing m with absy - m tells on which side of absy / 2 it lies, without rounding.
      double c = absy - m;
      double r;
      if (m < c) {
        r = m;
      } else if (m > c) {
        r = -c;
      } else {
        r = m - 2.0 * ((0.5 * (absx - m)) % absy);
      }
      return Math.copySign(1.0, x) * r;
    }
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isNaN(y)) {
      return y;
    }
    if (Double.isInfinite(x)) {
      return Double.NaN;
    }
    return x;
  }

  /** {@code math.pow}: CPython decides the special values itself, then errors as C would. */
  static double pow(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      if (Double.isNaN(x)) {
        return y == 0.0 ? 1.0 : x;
      }
      if (Double.isNaN(y)) {
        return x == 1.0 ? 1.0 : y;
      }
      if (Double.isInfinite(x)) {
        boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
        if (y > 0.0) {
          return oddY ? x : Math.abs(x);
        }
        if (y == 0.0) {
          return 1.0;
        }
        return oddY ? Math.copySign(0.0, x) : 0.0;
      }
      // y is infinite, x finite.
      if (Math.abs(x) == 1.0) {
        return 1.0;
      }
      if (y > 0.0 && Math.abs(x) > 1.0) {
        return y;
      }
      if (y < 0.0 && Math.abs(x) < 1.0) {
        return -y;
      }
      return 0.0;
    }
    double r = Math.pow(x, y);
    if (Double.isNaN(r) || (Double.isInfinite(r) && x == 0.0)) {
      throw MathErrors.domain();
    }
    if (Double.isInfinite(r)) {
      throw MathErrors.range();
    }
    return r;
  }

  /** {@code fmod}: the remainder with the dividend's sign, as C's fmod (and Java's %) give it. */
  static double fmod(double x, double y) {
    if (Double.isInfinite(y) && Double.isFinite(x)) {
      return x;
    }
    double r = x % y;
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw MathErrors.domain();
    }
    return r;
  }
}
