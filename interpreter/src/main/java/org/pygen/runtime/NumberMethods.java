package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;

/** The few methods of {@code int}, {@code float} and {@code range} that scripts use. */
final class NumberMethods {
  private NumberMethods() {}

  static final Map<String, BuiltinMethod> INT =
      Map.of(
          "bit_length", (ts, self, args, kw) -> {
            Args.none("int.bit_length", args, kw);
            return (long) Numbers.toBig(self).abs().bitLength();
          },
          "bit_count", (ts, self, args, kw) -> {
            Args.none("int.bit_count", args, kw);
            return (long) Numbers.toBig(self).abs().bitCount();
          },
          "conjugate", (ts, self, args, kw) -> {
            Args.none("int.conjugate", args, kw);
            return Ops.pos(self);
          },
          "is_integer", (ts, self, args, kw) -> {
            Args.none("int.is_integer", args, kw);
            return true;
          });

  static final Map<String, BuiltinMethod> FLOAT =
      Map.of(
          "is_integer", (ts, self, args, kw) -> {
            Args.none("float.is_integer", args, kw);
            double d = (Double) self;
            return !Double.isInfinite(d) && d == Math.floor(d);
          },
          "conjugate", (ts, self, args, kw) -> {
            Args.none("float.conjugate", args, kw);
            return self;
          },
          "as_integer_ratio", (ts, self, args, kw) -> {
            Args.none("float.as_integer_ratio", args, kw);
            return integerRatio((Double) self);
          });

  static final Map<String, BuiltinMethod> RANGE =
      Map.of(
          "index", (ts, self, args, kw) ->
              ((PyRange) self).index(Args.exactlyOne("range.index", args, kw)),
          "count", (ts, self, args, kw) ->
              ((PyRange) self).count(Args.exactlyOne("range.count", args, kw)));

  private static PyTuple integerRatio(double d) {
    if (Double.isNaN(d)) {
      throw PyException.valueError("cannot convert NaN to integer ratio");
    }
    if (Double.isInfinite(d)) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
    }
    java.math.BigDecimal exact = new java.math.BigDecimal(d);
    BigInteger num = exact.unscaledValue();
    BigInteger den = BigInteger.ONE;
    if (exact.scale() > 0) {
      den = BigInteger.TEN.pow(exact.scale());
    } else {
      num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
    }
    BigInteger g = num.gcd(den);
    if (g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return PyTuple.of(Numbers.normalize(num), Numbers.normalize(den));
  }
}
