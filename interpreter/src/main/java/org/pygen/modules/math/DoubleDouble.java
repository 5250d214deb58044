package org.pygen.modules.math;

/**
 * Error-free transformations of doubles (Knuth's two-sum, Dekker's two-product with Veltkamp
 * splitting), for the few places where the math module needs about twice a double's precision to
 * round its result the way the C library does. Each method returns the exact result's high part
 * and stores nothing; the low part is recomputed by a companion method so that no objects are
 * allocated.
 */
final class DoubleDouble {
  /** 2**27 + 1: multiplying by it splits a double into two 26-bit halves. */
  private static final double SPLITTER = 134217729.0;

  private DoubleDouble() {}

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
  static double highHalf(double a) {
    double t = SPLITTER * a;
    return t - (t - a);
  }
}
