package org.pygen.modules.math;

import java.util.Arrays;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.ThreadState;

/** {@code fsum} and {@code prod}: sums and products over an iterable. */
final class Summation {
  private Summation() {}

  /**
   * {@code fsum(iterable)}: the correctly rounded sum, by Shewchuk's exact partial sums as
   * CPython keeps them (non-overlapping, increasing in magnitude), with CPython's final
   * half-even correction across partials and its handling of infinities, NaNs and intermediate
   * overflow.
   */
  static double fsum(ThreadState ts, Object iterable) {
    PyIterator it = Ops.iter(ts, iterable);
    double[] partials = new double[32];
    int n = 0;
    double specialSum = 0.0;
    double infSum = 0.0;
    for (Object item = it.next(ts); item != PyIterator.DONE; item = it.next(ts)) {
      double x = MathArgs.toDouble(ts, item);
      double original = x;
      int kept = 0;
      for (int j = 0; j < n; j++) {
        double y = partials[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          partials[kept++] = lo;
        }
        x = hi;
      }
      n = kept;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          // A non-finite partial comes from an infinite or NaN summand, or from overflow.
          if (Double.isFinite(original)) {
            throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "intermediate overflow in fsum");
          }
          if (Double.isInfinite(original)) {
            infSum += original;
          }
          specialSum += original;
          n = 0;
        } else {
          if (n == partials.length) {
            partials = Arrays.copyOf(partials, n * 2);
          }
          partials[n++] = x;
        }
      }
    }
    if (specialSum != 0.0) {
      if (Double.isNaN(infSum)) {
        throw PyException.valueError("-inf + inf in fsum");
      }
      return specialSum;
    }
    double hi = 0.0;
    if (n > 0) {
      hi = partials[--n];
      double lo = 0.0;
      // Add the partials from the top while the sum stays exact.
      while (n > 0) {
        double x = hi;
        double y = partials[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
          break;
        }
      }
      // Round half-even across partials: if the rest pushes beyond a tie, step one ulp.
      if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) {
          hi = x;
        }
      }
    }
    return hi;
  }

  /** {@code prod(iterable, *, start=1)}: the product, multiplied left to right from start. */
  static Object prod(ThreadState ts, Object iterable, Object start) {
    PyIterator it = Ops.iter(ts, iterable);
    Object result = start;
    for (Object item = it.next(ts); item != PyIterator.DONE; item = it.next(ts)) {
      result = Ops.mul(result, item);
    }
    return result;
  }
}
