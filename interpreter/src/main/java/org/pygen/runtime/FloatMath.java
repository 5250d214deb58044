package org.pygen.runtime;

/** Python float arithmetic where it differs from plain Java doubles. Stateless. */
final class FloatMath {
  private FloatMath() {}

  static double trueDiv(double x, double y) {
    if (y == 0.0) {
      throw PyException.zeroDivision("float division by zero");
    }
    return x / y;
  }

  static double floorDiv(double x, double y) {
    if (y == 0.0) {
      throw PyException.zeroDivision("float floor division by zero");
    }
    return divmod(x, y)[0];
  }

  static double mod(double x, double y) {
    if (y == 0.0) {
      throw PyException.zeroDivision("float modulo");
    }
    return divmod(x, y)[1];
  }

  /** CPython's float_divmod: the floor quotient and a remainder with the divisor's sign. */
  static double[] divmod(double x, double y) {
    if (y == 0.0) {
      throw PyException.zeroDivision("float divmod()");
    }
    double mod = x % y; // Java's % on doubles is C's fmod
    double div = (x - mod) / y;
    if (mod != 0.0) {
      if ((y < 0) != (mod < 0)) {
        mod += y;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, y);
    }
    double floorDiv;
    if (div != 0.0) {
      floorDiv = Math.floor(div);
      if (div - floorDiv > 0.5) {
        floorDiv += 1.0;
      }
    } else {
      floorDiv = Math.copySign(0.0, x / y);
    }
    return new double[] {floorDiv, mod};
  }

  /** {@code x ** y} with CPython's special cases and errors. */
  static double pow(double x, double y) {
    if (y == 0.0 || x == 1.0) {
      return 1.0;
    }
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    if (Double.isInfinite(y)) {
      // C99 (and CPython) say (-1) ** +-inf is 1; Java says NaN.
      if (x == -1.0) {
        return 1.0;
      }
      return Math.pow(x, y);
    }
    if (x == 0.0 && y < 0.0) {
      throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
    }
    if (x < 0.0 && !Double.isInfinite(x) && y != Math.rint(y)) {
      // CPython returns a complex number here; pygen has no complex type.
      throw PyException.valueError("negative number cannot be raised to a fractional power");
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && !Double.isInfinite(x)) {
      // CPython raises OverflowError(errno, strerror): two args, so e.args has both.
      throw new PyException(
          new PyBaseException(
              PyExceptionType.OVERFLOW_ERROR, 34L, "Numerical result out of range"));
    }
    return r;
  }
}
