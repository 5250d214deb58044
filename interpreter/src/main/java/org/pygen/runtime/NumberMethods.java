package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;

/** The methods of {@code int}, {@code float} and {@code range} that scripts use. */
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
          "as_integer_ratio", (ts, self, args, kw) -> {
            Args.none("int.as_integer_ratio", args, kw);
            return PyTuple.of(Ops.pos(self), 1L);
          },
          "to_bytes", NumberMethods::toBytes);

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
          },
          "hex", (ts, self, args, kw) -> {
            Args.none("float.hex", args, kw);
            return floatHex((Double) self);
          });

  static final Map<String, BuiltinMethod> RANGE =
      Map.of(
          "index", (ts, self, args, kw) ->
              ((PyRange) self).index(Args.exactlyOne("range.index", args, kw)),
          "count", (ts, self, args, kw) ->
              ((PyRange) self).count(Args.exactlyOne("range.count", args, kw)));

  /**
   * {@code n.to_bytes(length=1, byteorder='big', *, signed=False)}: two's complement when
   * signed, with CPython's errors for values that do not fit.
   */
  private static Object toBytes(ThreadState ts, Object self, Object[] args, String[] kw) {
    int positional = args.length - (kw == null ? 0 : kw.length);
    if (args.length > 3) {
      throw PyException.typeError(
          "to_bytes() takes at most 3 arguments (" + args.length + " given)");
    }
    if (positional > 2) {
      throw PyException.typeError(
          "to_bytes() takes at most 2 positional arguments (" + positional + " given)");
    }
    Object[] a = Args.bind("to_bytes", args, kw, 0, 2, "length", "byteorder", "signed");
    long length = a[0] == null ? 1 : Args.index(a[0], 1);
    if (length < 0) {
      throw PyException.valueError("length argument must be non-negative");
    }
    String order = a[1] == null ? "big" : Args.str("to_bytes", a[1], "'byteorder'");
    boolean little = order.equals("little");
    if (!little && !order.equals("big")) {
      throw PyException.valueError("byteorder must be either 'little' or 'big'");
    }
    boolean signed = a[2] != null && Ops.isTrue(a[2]);
    BigInteger n = Numbers.toBig(self);
    if (!signed && n.signum() < 0) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "can't convert negative int to unsigned");
    }
    // bitLength excludes the sign bit, which a signed encoding needs room for.
    long needed = n.bitLength() + (signed ? 1 : 0);
    if (needed > length * 8) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "int too big to convert");
    }
    ts.checkSize(length);
    byte[] out = new byte[(int) length];
    byte[] big = n.toByteArray(); // big-endian two's complement, minimal length
    byte pad = (byte) (n.signum() < 0 ? 0xff : 0);
    for (int i = 0; i < out.length; i++) {
      int src = big.length - 1 - i; // i-th least significant byte
      byte b = src >= 0 ? big[src] : pad;
      out[little ? i : out.length - 1 - i] = b;
    }
    return PyBytes.wrap(out);
  }

  /** {@code x.hex()}: CPython always prints all 13 hex digits of the fraction. */
  private static String floatHex(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    long bits = Double.doubleToRawLongBits(d);
    String sign = bits < 0 ? "-" : "";
    if (d == 0.0) {
      return sign + "0x0.0p+0";
    }
    int exponent = (int) ((bits >>> 52) & 0x7ff);
    long fraction = bits & ((1L << 52) - 1);
    int lead = exponent == 0 ? 0 : 1;
    int e = exponent == 0 ? -1022 : exponent - 1023;
    return sign + "0x" + lead + "." + String.format("%013x", fraction) + "p" + (e >= 0 ? "+" : "")
        + e;
  }

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
