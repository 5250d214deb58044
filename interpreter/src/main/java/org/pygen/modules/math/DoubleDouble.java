package org.pygen.modules.math;

/**
 * A number held as the unevaluated sum of two doubles, {@code hi + lo} with {@code |lo| <=
 * ulp(hi) / 2}: about 106 bits of precision, enough to round a result the way a correctly
 * rounding C library does. Built on error-free transformations (Knuth's two-sum, Dekker's
 * two-product with Veltkamp splitting), so it needs no fused multiply-add. Values must stay well
 * inside the double range; callers scale their arguments first.
 */
record DoubleDouble(double hi, double lo) {
  /** 2**27 + 1: multiplying by it splits a double into two 26-bit halves. */
  private static final double SPLITTER = 134217729.0;

  static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);

  /** A double, exactly. */
  static DoubleDouble of(double x) {
    return new DoubleDouble(x, 0.0);
  }

  /** The rounding error of {@code a + b}: {@code a + b == (a + b rounded) + twoSumError}. */
  static double twoSumError(double a, double b, double sum) {
    double bVirtual = sum - a;
    double aVirtual = sum - bVirtual;
    return (a - aVirtual) + (b - bVirtual);
  }

  /** The rounding error of {@code a * b}, exact unless the product overflows or underflows. */
  static double twoProductError(double a, double b, double product) {
    double aHi = highHalf(a);
    double aLo = a - aHi;
    double bHi = highHalf(b);
    double bLo = b - bHi;
    return ((aHi * bHi - product) + aHi * bLo + aLo * bHi) + aLo * bLo;
  }

  /** The top 26 bits of {@code a}, as Veltkamp's split gives them. */
  private static double highHalf(double a) {
    double t = SPLITTER * a;
    return t - (t - a);
  }

  /** {@code a + b} renormalised, for |a| >= |b| (or a == 0). */
  private static DoubleDouble quickSum(double a, double b) {
    double s = a + b;
    return new DoubleDouble(s, b - (s - a));
  }

  DoubleDouble add(DoubleDouble o) {
    double s = hi + o.hi;
    double e = twoSumError(hi, o.hi, s) + (lo + o.lo);
    return quickSum(s, e);
  }

  DoubleDouble negate() {
    return new DoubleDouble(-hi, -lo);
  }

  DoubleDouble subtract(DoubleDouble o) {
    return add(o.negate());
  }

  DoubleDouble multiply(DoubleDouble o) {
    double p = hi * o.hi;
    double e = twoProductError(hi, o.hi, p) + (hi * o.lo + lo * o.hi);
    return quickSum(p, e);
  }

  DoubleDouble multiply(double d) {
    double p = hi * d;
    double e = twoProductError(hi, d, p) + lo * d;
    return quickSum(p, e);
  }

  /** The quotient, by long division with three double-precision partial quotients. */
  DoubleDouble divide(DoubleDouble d) {
    double q1 = hi / d.hi;
    DoubleDouble r = subtract(d.multiply(q1));
    double q2 = r.hi / d.hi;
    r = r.subtract(d.multiply(q2));
    double q3 = r.hi / d.hi;
    return quickSum(q1, q2).add(of(q3));
  }

  /** The square root of a non-negative value, by one Newton step from the double root. */
  DoubleDouble sqrt() {
    double h = Math.sqrt(hi);
    if (h == 0.0) {
      return of(h);
    }
    double p = h * h;
    double r = ((hi - p) - twoProductError(h, h, p) + lo) / (2.0 * h);
    return quickSum(h, r);
  }

  /** The value, rounded to the nearest double. */
  double value() {
    return hi + lo;
  }
}
