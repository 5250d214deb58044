package org.pygen.runtime;

import java.math.BigInteger;

/**
 * The class methods that build a value of a built-in type from another representation:
 * {@code bytes.fromhex}, {@code float.fromhex} and {@code int.from_bytes}, with CPython 3.11's
 * parsing rules and messages.
 */
final class AlternateConstructors {
  private AlternateConstructors() {}

  /** The class method {@code type.attr}, or null when the type has none so named. */
  static Object lookup(PyBuiltinType type, String attr) {
    if (type == PyBuiltinType.BYTES && attr.equals("fromhex")) {
      return new PyBuiltinFunction("fromhex", AlternateConstructors::bytesFromHex);
    }
    if (type == PyBuiltinType.FLOAT && attr.equals("fromhex")) {
      return new PyBuiltinFunction("fromhex", AlternateConstructors::floatFromHex);
    }
    boolean isBool = type == PyBuiltinType.BOOL;
    if ((type == PyBuiltinType.INT || isBool) && attr.equals("from_bytes")) {
      return new PyBuiltinFunction(
          "from_bytes", (ts, args, kw) -> intFromBytes(ts, args, kw, isBool));
    }
    return null;
  }

  /** {@code bytes.fromhex(string)}: pairs of hex digits, ASCII whitespace allowed between pairs. */
  static Object bytesFromHex(ThreadState ts, Object[] args, String[] kw) {
    Object arg = Args.exactlyOne("bytes.fromhex", args, kw);
    if (!(arg instanceof String s)) {
      throw PyException.typeError("fromhex() argument must be str, not " + Ops.typeName(arg));
    }
    // CPython reports the first non-ASCII character before looking at anything else.
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        throw badHexDigit(i);
      }
    }
    byte[] out = new byte[s.length() / 2];
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      if (isAsciiSpace(s.charAt(i))) {
        i++;
        continue;
      }
      int top = Character.digit(s.charAt(i), 16);
      if (top < 0) {
        throw badHexDigit(i);
      }
      i++;
      // A lone last digit is reported at the position just past the end, as CPython does.
      int bottom = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
      if (bottom < 0) {
        throw badHexDigit(i);
      }
      i++;
      out[n++] = (byte) (top << 4 | bottom);
    }
    return PyBytes.of(java.util.Arrays.copyOf(out, n));
  }

  private static PyException badHexDigit(int position) {
    return PyException.valueError(
        "non-hexadecimal number found in fromhex() arg at position " + position);
  }

  /** Python's {@code Py_ISSPACE}: the ASCII whitespace characters only. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
  }

  /**
   * {@code float.fromhex(string)}: {@code [sign] ['0x'] digits ['.' digits] ['p' exponent]},
   * or inf/nan, rounded half-even to the nearest double as CPython's float_fromhex does.
   */
  static Object floatFromHex(ThreadState ts, Object[] args, String[] kw) {
    Object arg = Args.exactlyOne("float.fromhex", args, kw);
    if (!(arg instanceof String s)) {
      throw PyException.typeError("bad argument type for built-in operation");
    }
    int end = s.length();
    int i = 0;
    while (i < end && isAsciiSpace(s.charAt(i))) {
      i++;
    }
    while (end > i && isAsciiSpace(s.charAt(end - 1))) {
      end--;
    }
    String body = s.substring(i, end);
    Double special = infOrNan(body);
    if (special != null) {
      return special;
    }
    int p = 0;
    boolean negative = false;
    if (p < body.length() && (body.charAt(p) == '-' || body.charAt(p) == '+')) {
      negative = body.charAt(p) == '-';
      p++;
    }
    if (p + 1 < body.length() && body.charAt(p) == '0'
        && (body.charAt(p + 1) == 'x' || body.charAt(p + 1) == 'X')) {
      p += 2;
    }
    StringBuilder digits = new StringBuilder();
    int fractionDigits = 0;
    while (p < body.length() && Character.digit(body.charAt(p), 16) >= 0 && body.charAt(p) < 128) {
      digits.append(body.charAt(p++));
    }
    if (p < body.length() && body.charAt(p) == '.') {
      p++;
      while (p < body.length() && Character.digit(body.charAt(p), 16) >= 0
          && body.charAt(p) < 128) {
        digits.append(body.charAt(p++));
        fractionDigits++;
      }
    }
    if (digits.length() == 0) {
      throw invalidHexFloat();
    }
    long exponent = 0;
    if (p < body.length() && (body.charAt(p) == 'p' || body.charAt(p) == 'P')) {
      p++;
      boolean negativeExponent = false;
      if (p < body.length() && (body.charAt(p) == '-' || body.charAt(p) == '+')) {
        negativeExponent = body.charAt(p) == '-';
        p++;
      }
      if (p >= body.length() || !isAsciiDigit(body.charAt(p))) {
        throw invalidHexFloat();
      }
      while (p < body.length() && isAsciiDigit(body.charAt(p))) {
        // Saturate, as strtol does: anything this large overflows or underflows anyway.
        exponent = Math.min(exponent * 10 + (body.charAt(p++) - '0'), 1L << 40);
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (p != body.length()) {
      throw invalidHexFloat();
    }
    double magnitude =
        scaledToDouble(new BigInteger(digits.toString(), 16), exponent - 4L * fractionDigits);
    return negative ? -magnitude : magnitude;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "inf", "infinity" or "nan" in any case with an optional sign; null for anything else. */
  private static Double infOrNan(String body) {
    String t = body;
    boolean negative = false;
    if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
      negative = t.charAt(0) == '-';
      t = t.substring(1);
    }
    if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return t.equalsIgnoreCase("nan") ? Double.NaN : null;
  }

  /** {@code mantissa * 2**exponent} rounded half-even to a double; OverflowError past the max. */
  private static double scaledToDouble(BigInteger mantissa, long exponent) {
    if (mantissa.signum() == 0) {
      return 0.0;
    }
    long top = mantissa.bitLength() - 1 + exponent; // the exponent of the leading bit
    if (top > Double.MAX_EXPONENT) {
      throw tooLarge();
    }
    // The place value of the last bit the result can keep: 53 bits, fewer for subnormals.
    long unit = Math.max(top - 52, -1074);
    BigInteger q;
    if (exponent >= unit) {
      q = mantissa.shiftLeft((int) (exponent - unit));
    } else {
      long drop = unit - exponent;
      if (drop > mantissa.bitLength() + 1) {
        return 0.0; // below half the smallest subnormal
      }
      int d = (int) drop;
      q = mantissa.shiftRight(d);
      BigInteger rest = mantissa.subtract(q.shiftLeft(d));
      int cmp = rest.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(d));
      if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
        q = q.add(BigInteger.ONE);
      }
    }
    // q has at most 54 bits, so the conversion is exact and scalb only places the exponent.
    double result = Math.scalb(q.doubleValue(), (int) unit);
    if (Double.isInfinite(result)) {
      throw tooLarge();
    }
    return result;
  }

  private static PyException invalidHexFloat() {
    return PyException.valueError("invalid hexadecimal floating-point string");
  }

  private static PyException tooLarge() {
    return PyException.of(
        PyExceptionType.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
  }

  /**
   * {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}; {@code asBool} for
   * {@code bool.from_bytes}, which converts the result with {@code bool()}.
   */
  static Object intFromBytes(ThreadState ts, Object[] args, String[] kw, boolean asBool) {
    int positional = Args.positional(args, kw);
    if (positional > 2) {
      throw PyException.typeError(
          "from_bytes() takes at most 2 positional arguments (" + positional + " given)");
    }
    Object[] a = Args.bind("from_bytes", args, kw, 0, 2, "bytes", "byteorder", "signed");
    if (a[0] == null) {
      throw PyException.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
    }
    String order = a[1] == null ? "big" : Args.str("from_bytes", a[1], "'byteorder'");
    boolean little = order.equals("little");
    if (!little && !order.equals("big")) {
      throw PyException.valueError("byteorder must be either 'little' or 'big'");
    }
    boolean signed = a[2] != null && Ops.isTrue(a[2]);
    byte[] data = bytesOf(ts, a[0]);
    byte[] bigEndian = new byte[data.length + 1]; // a leading zero keeps it unsigned
    for (int i = 0; i < data.length; i++) {
      bigEndian[i + 1] = data[little ? data.length - 1 - i : i];
    }
    BigInteger n = new BigInteger(bigEndian);
    if (signed && data.length > 0 && n.testBit(data.length * 8 - 1)) {
      n = n.subtract(BigInteger.ONE.shiftLeft(data.length * 8));
    }
    Object result = Numbers.normalize(n);
    return asBool ? (Object) Ops.isTrue(result) : result;
  }

  /** What {@code bytes(x)} gives for from_bytes' argument, which must not be a str or an int. */
  private static byte[] bytesOf(ThreadState ts, Object source) {
    if (source instanceof PyBytes b) {
      return b.data();
    }
    if (source instanceof String || Numbers.isInt(source)) {
      throw PyException.typeError(
          "cannot convert '" + Ops.typeName(source) + "' object to bytes");
    }
    return ((PyBytes) TypeConstructors.toBytes(ts, new Object[] {source}, null)).data();
  }
}
