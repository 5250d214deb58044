package org.pygen.modules.math;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code hypot(*coordinates)} and {@code dist(p, q)}: the Euclidean norm, computed as CPython
 * 3.11 does so that results agree to the last bit. The coordinates are scaled by a power of two
 * (losslessly) so the largest is in [0.5, 1); their squares are summed exactly enough by
 * splitting each into halves (Veltkamp-Dekker) and keeping the rounding errors of a compensated
 * sum in three accumulators; the square root then gets one differential correction. The result
 * is almost always correctly rounded.
 */
final class VectorNorm {
  private static final double SPLITTER = 134217729.0;

  private VectorNorm() {}

  /** {@code hypot(*coordinates)}. */
  static double hypot(ThreadState ts, Object[] args) {
    double[] coordinates = new double[args.length];
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < args.length; i++) {
      double x = Math.abs(MathArgs.toDouble(ts, args[i]));
      coordinates[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return norm(coordinates, max, foundNan);
  }

  /** {@code dist(p, q)}: the distance between two points given as iterables of coordinates. */
  static double dist(ThreadState ts, Object p, Object q) {
    Object[] ps = p instanceof PyTuple t ? t.toArray() : Ops.toArray(ts, p);
    Object[] qs = q instanceof PyTuple t ? t.toArray() : Ops.toArray(ts, q);
    if (ps.length != qs.length) {
      throw PyException.valueError("both points must have the same number of dimensions");
    }
    double[] diffs = new double[ps.length];
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < ps.length; i++) {
      double px = MathArgs.toDouble(ts, ps[i]);
      double qx = MathArgs.toDouble(ts, qs[i]);
      double x = Math.abs(px - qx);
      diffs[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return norm(diffs, max, foundNan);
  }

  /**
   * The norm of non-negative values whose largest is {@code max} (infinite if any is infinite).
   */
  private static double norm(double[] vec, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || vec.length <= 1) {
      return max;
    }
    // max = m * 2**maxExponent with m in [0.5, 1), as C's frexp gives it.
    int maxExponent =
        max < Double.MIN_NORMAL
            ? Math.getExponent(max * 0x1p54) + 1 - 54
            : Math.getExponent(max) + 1;
    if (maxExponent < -1023) {
      return subnormalNorm(vec, max);
    }
    double scale = Math.scalb(1.0, -maxExponent);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    double frac3 = 0.0;
    for (double v : vec) {
      double x = v * scale;
      double t = x * SPLITTER;
      double hi = t - (t - x);
      double lo = x - hi;

      x = hi * hi;
      double oldCsum = csum;
      csum += x;
      frac1 += (oldCsum - csum) + x;

      x = 2.0 * hi * lo;
      oldCsum = csum;
      csum += x;
      frac2 += (oldCsum - csum) + x;

      frac3 += lo * lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));

    // Subtract h squared, exactly split, to find how far h is from the true root.
    double t = h * SPLITTER;
    double hi = t - (t - h);
    double lo = h - hi;

    double x = -hi * hi;
    double oldCsum = csum;
    csum += x;
    frac1 += (oldCsum - csum) + x;

    x = -2.0 * hi * lo;
    oldCsum = csum;
    csum += x;
    frac2 += (oldCsum - csum) + x;

    x = -lo * lo;
    oldCsum = csum;
    csum += x;
    frac3 += (oldCsum - csum) + x;

    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }

  /** For the tiniest subnormal maxima the power-of-two scale would overflow: divide by max. */
  private static double subnormalNorm(double[] vec, double max) {
    double csum = 1.0;
    double frac = 0.0;
    for (double v : vec) {
      double x = v / max;
      x = x * x;
      double oldCsum = csum;
      csum += x;
      frac += (oldCsum - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac);
  }
}
