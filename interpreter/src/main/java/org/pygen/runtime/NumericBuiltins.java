package org.pygen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/** Numeric builtins: round, divmod, pow, hex, oct, bin, chr, ord. */
final class NumericBuiltins {
  private NumericBuiltins() {}

  static void install(Map<String, Object> b) {
    Builtins.define(b, "round", NumericBuiltins::round);
    Builtins.define(b, "divmod", (ts, args, kw) -> {
      Args.count("divmod", args, kw, 2, 2);
      return Ops.divmod(args[0], args[1]);
    });
    Builtins.define(b, "pow", (ts, args, kw) -> {
      Object[] a = Args.bind("pow", args, kw, 0, 3, "base", "exp", "mod");
      if (a[0] == null || a[1] == null) {
        throw PyException.typeError(
            "pow() missing required argument '" + (a[0] == null ? "base" : "exp") + "'");
      }
      return a[2] == null ? Ops.pow(a[0], a[1]) : Ops.pow(a[0], a[1], a[2]);
    });
    Builtins.defineOneArgument(b, "hex", (ts, o) -> radix(o, 16, "0x"));
    Builtins.defineOneArgument(b, "oct", (ts, o) -> radix(o, 8, "0o"));
    Builtins.defineOneArgument(b, "bin", (ts, o) -> radix(o, 2, "0b"));
    Builtins.defineOneArgument(b, "chr", (ts, o) -> chr(o));
    Builtins.defineOneArgument(b, "ord", (ts, o) -> ord(o));
  }

  private static String radix(Object o, int radix, String prefix) {
    if (SpecialMethods.isUser(o)) {
      Object index = SpecialMethods.toNumber(SpecialMethods.ts(o), o, "__index__");
      o = index != null ? index : o;
    }
    if (!Numbers.isInt(o)) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    BigInteger v = Numbers.toBig(o);
    String digits = Numbers.magnitudeDigits(v, radix);
    return (v.signum() < 0 ? "-" : "") + prefix + digits;
  }

  private static String chr(Object o) {
    if (!Numbers.isInt(o)) {
      throw PyException.typeError(
          "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }
    if (o instanceof BigInteger) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    long cp = Numbers.smallInt(o);
    if (cp < 0 || cp > 0x10FFFF) {
      throw PyException.valueError("chr() arg not in range(0x110000)");
    }
    return cp < 256 ? Chars.of((char) cp) : new String(Character.toChars((int) cp));
  }

  private static long ord(Object o) {
    if (o instanceof PyBytes b) {
      if (b.size() != 1) {
        throw PyException.typeError(
            "ord() expected a character, but string of length " + b.size() + " found");
      }
      return b.get(0);
    }
    if (!(o instanceof String s)) {
      throw PyException.typeError(
          "ord() expected string of length 1, but " + Ops.typeName(o) + " found");
    }
    if (s.length() == 1) {
      return s.charAt(0);
    }
    // A surrogate pair is one Python character.
    if (s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1))) {
      return s.codePointAt(0);
    }
    throw PyException.typeError(
        "ord() expected a character, but string of length " + s.length() + " found");
  }

  private static Object round(ThreadState ts, Object[] args, String[] kw) {
    Object[] a = Args.bind("round", args, kw, 0, 2, "number", "ndigits");
    if (a[0] == null) {
      throw PyException.typeError("round() missing required argument 'number' (pos 1)");
    }
    Object x = a[0];
    Object nd = a[1] == null ? PyNone.NONE : a[1];
    if (SpecialMethods.isUser(x)) {
      Object r =
          a[1] == null
              ? SpecialMethods.callIfDefined(ts, x, "__round__")
              : SpecialMethods.callIfDefined(ts, x, "__round__", nd);
      if (r == null) {
        throw PyException.typeError(
            "type " + Ops.typeName(x) + " doesn't define __round__ method");
      }
      return r;
    }
    if (Numbers.isInt(x)) {
      Object v = Ops.pos(x);
      if (nd == PyNone.NONE) {
        return v;
      }
      long digits = Numbers.toLongIndex(nd);
      if (digits >= 0) {
        return v;
      }
      return roundIntNegative(Numbers.toBig(v), digits);
    }
    if (x instanceof Double d) {
      if (nd == PyNone.NONE) {
        return NumberParsing.floatToInt(Math.rint(d));
      }
      return roundFloat(d, Numbers.toLongIndex(nd));
    }
    throw PyException.typeError(
        "type " + Ops.typeName(x) + " doesn't define __round__ method");
  }

  /** round(int, negative digits): half to even at a power of ten. */
  private static Object roundIntNegative(BigInteger v, long digits) {
    if (digits < -4000) {
      return 0L;
    }
    BigDecimal r = new BigDecimal(v).setScale((int) digits, RoundingMode.HALF_EVEN);
    return Numbers.normalize(r.toBigInteger());
  }

  /** round(float, ndigits): the exact binary value rounded half-even, as CPython does. */
  static double roundFloat(double d, long digits) {
    if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
      return d;
    }
    if (digits > 330) {
      return d;
    }
    if (digits < -330) {
      return Math.copySign(0.0, d);
    }
    double r = new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(r)) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "rounded value too large to represent");
    }
    return r == 0.0 ? Math.copySign(0.0, d) : r;
  }
}
