package org.pygen.modules.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code atan}, {@code atan2}, {@code asin} and {@code acos}, correctly rounded. The C library
 * CPython uses on Linux rounds these correctly, while Java's may be an ulp off in several
 * percent of cases, so they are computed here in double-double arithmetic and rounded once.
 *
 * <p>The arctangent of {@code t} in [0, 1] is reduced with a table of {@code atan(i/64)}: with
 * {@code c} the nearest table point, {@code atan(t) = atan(c) + atan((t - c) / (1 + t c))}, whose
 * second argument is below 1/128, where the Taylor series converges quickly. Larger arguments use
 * {@code atan(t) = pi/2 - atan(1/t)}, and the other functions are expressed through it.
 */
public final class InverseTrig {
  private static final int TABLE_STEPS = 64;
  private static final DoubleDouble PI =
      new DoubleDouble(3.141592653589793, 1.2246467991473532e-16);
  private static final DoubleDouble HALF_PI =
      new DoubleDouble(1.5707963267948966, 6.123233995736766e-17);
  /** {@code atan(i / 64)} for i in 0..64. */
  private static final DoubleDouble[] ATAN_TABLE = atanTable();
  /** 1/3, 1/5, 1/7 and 1/9, the series coefficients that need more than a double. */
  private static final DoubleDouble[] RECIPROCAL_ODD = {
    reciprocal(3), reciprocal(5), reciprocal(7), reciprocal(9)
  };
  /** Beyond this the ratio of atan2's arguments is too small to need double-double steps. */
  private static final double TINY_RATIO = 0x1p-60;

  private InverseTrig() {}

  /** {@code atan(x)}, correctly rounded. */
  static double atan(double x) {
    if (Double.isNaN(x) || x == 0.0) {
      return x; // keeps the sign of a zero
    }
    return atan(DoubleDouble.of(x)).value();
  }

  /** {@code atan2(y, x)} for finite non-zero y and finite x, correctly rounded. */
  static double atan2(double y, double x) {
    double ax = Math.abs(x);
    double ay = Math.abs(y);
    if (ay <= ax) {
      if (ay < ax * TINY_RATIO) {
        // atan(y/x) rounds as y/x does; beside pi it vanishes.
        double q = y / x;
        return x > 0 ? q : PI.multiply(Math.signum(y)).add(DoubleDouble.of(q)).value();
      }
      DoubleDouble angle = atan(ratio(y, x));
      if (x < 0) {
        angle = y > 0 ? angle.add(PI) : angle.subtract(PI);
      }
      return angle.value();
    }
    DoubleDouble quarter = y > 0 ? HALF_PI : HALF_PI.negate();
    if (ax < ay * TINY_RATIO) {
      return quarter.subtract(DoubleDouble.of(x / y)).value();
    }
    return quarter.subtract(atan(ratio(x, y))).value();
  }

  /** {@code asin(x)}, correctly rounded; NaN outside [-1, 1]. */
  static double asin(double x) {
    if (!(Math.abs(x) <= 1.0)) {
      return Double.NaN;
    }
    if (Math.abs(x) == 1.0) {
      return Math.copySign(HALF_PI.hi(), x);
    }
    if (x == 0.0) {
      return x; // keeps the sign of a zero
    }
    return asinExtended(x).value();
  }

  /** {@code acos(x)}, correctly rounded; NaN outside [-1, 1]. */
  public static double acos(double x) {
    if (!(Math.abs(x) <= 1.0)) {
      return Double.NaN;
    }
    if (x == 1.0) {
      return 0.0;
    }
    if (x == -1.0) {
      return PI.hi();
    }
    return HALF_PI.subtract(asinExtended(x)).value();
  }

  /** {@code asin(x) = atan(x / sqrt(1 - x*x))} for |x| < 1, in double-double. */
  private static DoubleDouble asinExtended(double x) {
    double square = x * x;
    DoubleDouble exactSquare =
        new DoubleDouble(square, DoubleDouble.twoProductError(x, x, square));
    DoubleDouble cosine = DoubleDouble.ONE.subtract(exactSquare).sqrt();
    return atan(DoubleDouble.of(x).divide(cosine));
  }

  /** {@code n / d} in double-double, both scaled first so no intermediate underflows. */
  private static DoubleDouble ratio(double n, double d) {
    int scale = Math.getExponent(Math.max(Math.abs(n), Math.abs(d)));
    return DoubleDouble.of(Math.scalb(n, -scale)).divide(DoubleDouble.of(Math.scalb(d, -scale)));
  }

  /** The arctangent of any finite double-double. */
  private static DoubleDouble atan(DoubleDouble t) {
    boolean negative = t.hi() < 0;
    DoubleDouble a = negative ? t.negate() : t;
    DoubleDouble result;
    if (a.hi() > 0x1p100) {
      // pi/2 - 1/a; the next term, 1/(3 a**3), is far below the last bit.
      result = HALF_PI.subtract(DoubleDouble.of(1.0 / a.hi()));
    } else if (a.hi() > 1.0 || (a.hi() == 1.0 && a.lo() > 0)) {
      result = HALF_PI.subtract(atanOfUnit(DoubleDouble.ONE.divide(a)));
    } else {
      result = atanOfUnit(a);
    }
    return negative ? result.negate() : result;
  }

  /** The arctangent of t in [0, 1]. */
  private static DoubleDouble atanOfUnit(DoubleDouble t) {
    int i = (int) Math.round(t.hi() * TABLE_STEPS);
    DoubleDouble u = t;
    if (i != 0) {
      double c = (double) i / TABLE_STEPS;
      DoubleDouble numerator = t.subtract(DoubleDouble.of(c));
      DoubleDouble denominator = DoubleDouble.ONE.add(t.multiply(c));
      u = numerator.divide(denominator);
    }
    // atan(u) = u (1 - z/3 + z^2/5 - ...), z = u*u <= 2**-14: the terms from z^5 on are below
    // 2**-70 and need only double precision.
    DoubleDouble z = u.multiply(u);
    double zd = z.hi();
    double tail = 0.0;
    for (int k = 10; k >= 5; k--) {
      tail = zd * tail + ((k & 1) == 0 ? 1.0 : -1.0) / (2 * k + 1);
    }
    DoubleDouble series = DoubleDouble.of(tail);
    for (int k = 4; k >= 1; k--) {
      DoubleDouble coefficient = RECIPROCAL_ODD[k - 1];
      series = series.multiply(z).add((k & 1) == 0 ? coefficient : coefficient.negate());
    }
    series = series.multiply(z).add(DoubleDouble.ONE);
    return ATAN_TABLE[i].add(u.multiply(series));
  }

  private static DoubleDouble reciprocal(int n) {
    return DoubleDouble.ONE.divide(DoubleDouble.of(n));
  }

  /**
   * {@code atan(i / 64)} to about 40 digits, from BigDecimal arithmetic: three halvings of the
   * angle ({@code atan(x) = 2 atan(x / (1 + sqrt(1 + x*x)))}) and then the Taylor series.
   */
  private static DoubleDouble[] atanTable() {
    MathContext mc = new MathContext(45);
    BigDecimal epsilon = BigDecimal.ONE.movePointLeft(44);
    DoubleDouble[] table = new DoubleDouble[TABLE_STEPS + 1];
    for (int i = 0; i <= TABLE_STEPS; i++) {
      BigDecimal x = BigDecimal.valueOf(i).divide(BigDecimal.valueOf(TABLE_STEPS), mc);
      for (int h = 0; h < 3; h++) {
        BigDecimal root = BigDecimal.ONE.add(x.multiply(x, mc)).sqrt(mc);
        x = x.divide(BigDecimal.ONE.add(root), mc);
      }
      BigDecimal square = x.multiply(x, mc);
      BigDecimal power = x;
      BigDecimal sum = BigDecimal.ZERO;
      for (int n = 0; power.abs().compareTo(epsilon) > 0; n++) {
        BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
        sum = (n & 1) == 0 ? sum.add(term, mc) : sum.subtract(term, mc);
        power = power.multiply(square, mc);
      }
      BigDecimal value = sum.multiply(BigDecimal.valueOf(8), mc);
      double hi = value.doubleValue();
      double lo = value.subtract(new BigDecimal(hi), mc).doubleValue();
      table[i] = new DoubleDouble(hi, lo);
    }
    return table;
  }
}
