package org.pygen.modules.math;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;

/**
 * CPython's rules for turning what a C math function returns into a Python error. The C library
 * signals trouble through {@code errno} and special results; CPython maps an invalid operation or
 * a pole to {@code ValueError: math domain error} and an overflow to {@code OverflowError: math
 * range error}, and ignores underflow. Java's math functions have no errno, so the rules are
 * applied to the result alone, as CPython's own {@code math_1} and {@code math_2} do.
 */
final class MathErrors {
  private MathErrors() {}

  static PyException domain() {
    return PyException.valueError("math domain error");
  }

  static PyException range() {
    return PyException.of(PyExceptionType.OVERFLOW_ERROR, "math range error");
  }

  /**
   * Applies a one-argument function as CPython's {@code math_1} does: a NaN from a non-NaN is a
   * domain error; an infinity from a finite value is an overflow when the function can overflow
   * ({@code exp}) and a pole otherwise ({@code log1p(-1)}).
   */
  static double unary(double x, DoubleUnaryOperator f, boolean canOverflow) {
    double r = f.applyAsDouble(x);
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw domain();
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw canOverflow ? range() : domain();
    }
    return r;
  }

  /**
   * Applies a two-argument function as CPython's {@code math_2} does: a NaN from non-NaN inputs
   * is a domain error, an infinity from finite inputs an overflow.
   */
  static double binary(double x, double y, DoubleBinaryOperator f) {
    double r = f.applyAsDouble(x, y);
    if (Double.isNaN(r)) {
      if (!Double.isNaN(x) && !Double.isNaN(y)) {
        throw domain();
      }
    } else if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      throw range();
    }
    return r;
  }
}
