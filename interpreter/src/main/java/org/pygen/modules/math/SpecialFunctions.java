package org.pygen.modules.math;

/**
 * {@code gamma}, {@code lgamma}, {@code erf} and {@code erfc}. CPython computes the first two
 * itself, with a Lanczos approximation (N=13, g=6.024680040776729583740234375, the Boost
 * parameters); the same method is used here so results agree. For the error functions CPython
 * defers to the C library; here they are computed by a power series for small arguments and a
 * continued fraction for large ones (CPython's fallback method), accurate to a few ulps.
 */
final class SpecialFunctions {
  private static final double LANCZOS_G = 6.024680040776729583740234375;
  private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
  private static final double[] LANCZOS_NUMERATOR = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
  };
  /** The denominator x(x+1)...(x+11) of the Lanczos sum, as polynomial coefficients. */
  private static final double[] LANCZOS_DENOMINATOR = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
    357423.0, 32670.0, 1925.0, 66.0, 1.0
  };
  /** Gamma of 1 through 23, exact. */
  private static final double[] GAMMA_OF_INTEGERS = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
    355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0
  };
  private static final double LOG_PI = 1.144729885849400174143427351353058711647;
  private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
  private static final double ERF_SERIES_CUTOFF = 1.5;
  private static final int ERF_SERIES_TERMS = 25;
  private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
  private static final int ERFC_CONTFRAC_TERMS = 50;

  private SpecialFunctions() {}

  /** The gamma function; ValueError at poles, OverflowError when too big. */
  static double gamma(double x) {
    if (!Double.isFinite(x)) {
      if (Double.isNaN(x) || x > 0.0) {
        return x;
      }
      throw MathErrors.domain();
    }
    if (x == 0.0) {
      throw MathErrors.domain();
    }
    if (x == Math.floor(x)) {
      if (x < 0.0) {
        throw MathErrors.domain();
      }
      if (x <= GAMMA_OF_INTEGERS.length) {
        return GAMMA_OF_INTEGERS[(int) x - 1];
      }
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      double r = 1.0 / x;
      if (Double.isInfinite(r)) {
        throw MathErrors.range();
      }
      return r;
    }
    if (absx > 200.0) {
      if (x < 0.0) {
        return 0.0 / sinPi(x);
      }
      throw MathErrors.range();
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, used to correct the result (see CPython's m_tgamma).
    double z;
    if (absx > LANCZOS_G_MINUS_HALF) {
      z = (y - absx) - LANCZOS_G_MINUS_HALF;
    } else {
      z = (y - LANCZOS_G_MINUS_HALF) - absx;
    }
    z = z * LANCZOS_G / y;
    double r;
    if (x < 0.0) {
      r = -Math.PI / sinPi(absx) / absx * Math.exp(y) / lanczosSum(absx);
      r -= z * r;
      if (absx < 140.0) {
        r /= Math.pow(y, absx - 0.5);
      } else {
        double sqrtPow = Math.pow(y, absx / 2.0 - 0.25);
        r /= sqrtPow;
        r /= sqrtPow;
      }
    } else {
      r = lanczosSum(absx) / Math.exp(y);
      r += z * r;
      if (absx < 140.0) {
        r *= Math.pow(y, absx - 0.5);
      } else {
        double sqrtPow = Math.pow(y, absx / 2.0 - 0.25);
        r *= sqrtPow;
        r *= sqrtPow;
      }
    }
    if (Double.isInfinite(r)) {
      throw MathErrors.range();
    }
    return r;
  }

  /** The log of the absolute value of gamma; ValueError at the poles. */
  static double lgamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      if (x <= 0.0) {
        throw MathErrors.domain();
      }
      return 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -Math.log(absx);
    }
    double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) {
      r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r;
    }
    if (Double.isInfinite(r)) {
      throw MathErrors.range();
    }
    return r;
  }

  /** The error function. */
  static double erf(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double absx = Math.abs(x);
    if (absx < ERF_SERIES_CUTOFF) {
      return erfSeries(x);
    }
    double cf = erfcContinuedFraction(absx);
    return x > 0.0 ? 1.0 - cf : cf - 1.0;
  }

  /** The complementary error function {@code 1 - erf(x)}, accurate for large x too. */
  static double erfc(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    double absx = Math.abs(x);
    if (absx < ERF_SERIES_CUTOFF) {
      return 1.0 - erfSeries(x);
    }
    double cf = erfcContinuedFraction(absx);
    return x > 0.0 ? cf : 2.0 - cf;
  }

  private static double erfSeries(double x) {
    double x2 = x * x;
    double acc = 0.0;
    double fk = ERF_SERIES_TERMS + 0.5;
    for (int i = 0; i < ERF_SERIES_TERMS; i++) {
      acc = 2.0 + x2 * acc / fk;
      fk -= 1.0;
    }
    return acc * x * Math.exp(-x2) / SQRT_PI;
  }

  private static double erfcContinuedFraction(double x) {
    if (x >= ERFC_CONTFRAC_CUTOFF) {
      return 0.0;
    }
    double x2 = x * x;
    double a = 0.0;
    double da = 0.5;
    double p = 1.0;
    double pLast = 0.0;
    double q = da + x2;
    double qLast = 1.0;
    for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
      a += da;
      da += 2.0;
      double b = da + x2;
      double t = p;
      p = b * p - a * pLast;
      pLast = t;
      t = q;
      q = b * q - a * qLast;
      qLast = t;
    }
    return p / q * x * Math.exp(-x2) / SQRT_PI;
  }

  /** The Lanczos sum for x > 0, evaluated in 1/x for large x to avoid overflow. */
  private static double lanczosSum(double x) {
    double num = 0.0;
    double den = 0.0;
    int n = LANCZOS_NUMERATOR.length;
    if (x < 5.0) {
      for (int i = n - 1; i >= 0; i--) {
        num = num * x + LANCZOS_NUMERATOR[i];
        den = den * x + LANCZOS_DENOMINATOR[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        num = num / x + LANCZOS_NUMERATOR[i];
        den = den / x + LANCZOS_DENOMINATOR[i];
      }
    }
    return num / den;
  }

  /** {@code sin(pi * x)}, accurate near integers, for the reflection formula. */
  private static double sinPi(double x) {
    double y = Math.abs(x) % 2.0;
    int n = (int) Math.round(2.0 * y);
    double r;
    switch (n) {
      case 0:
        r = Math.sin(Math.PI * y);
        break;
      case 1:
        r = Math.cos(Math.PI * (y - 0.5));
        break;
      case 2:
        r = Math.sin(Math.PI * (1.0 - y));
        break;
      case 3:
        r = -Math.cos(Math.PI * (y - 1.5));
        break;
      default:
        r = Math.sin(Math.PI * (y - 2.0));
        break;
    }
    return Math.copySign(1.0, x) * r;
  }
}
