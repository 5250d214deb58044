package org.pygen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code format(value, spec)} for str, int, bool and float: CPython's format-spec mini-language
 * (fill, align, sign, z, #, 0, width, grouping, precision, type). Floats are rounded from their
 * exact binary value, half to even, as CPython's correctly rounded formatting does.
 */
final class Formatter {
  private Formatter() {}

  static String format(Object value, String spec) {
    if (SpecialMethods.isUser(value)) {
      return SpecialMethods.format(value, spec);
    }
    if (value instanceof String s) {
      return spec.isEmpty() ? s : formatString(s, FormatSpec.parse(spec, "str"));
    }
    if (spec.isEmpty() && (value instanceof Long || value instanceof Double)) {
      return Ops.str(value); // f"{n}": an empty spec is str(), without the BigInteger path
    }
    if (value instanceof Boolean b && spec.isEmpty()) {
      return b ? "True" : "False";
    }
    if (Numbers.isInt(value)) {
      return formatInt(Numbers.toBig(value), FormatSpec.parse(spec, "int"));
    }
    if (value instanceof Double d) {
      return formatFloat(d, FormatSpec.parse(spec, "float"));
    }
    if (spec.isEmpty()) {
      return Ops.str(value);
    }
    throw PyException.typeError(
        "unsupported format string passed to " + Ops.typeName(value) + ".__format__");
  }

  // ---------------------------------------------------------------- str

  private static String formatString(String s, FormatSpec spec) {
    if (spec.type() != 0 && spec.type() != 's') {
      throw unknownCode(spec.type(), "str");
    }
    if (spec.sign() != 0) {
      throw PyException.valueError("Sign not allowed in string format specifier");
    }
    if (spec.noNegativeZero()) {
      throw PyException.valueError(
          "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate()) {
      throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
    }
    if (spec.grouping() != 0) {
      throw PyException.valueError("Cannot specify '" + spec.grouping() + "' with 's'.");
    }
    if (spec.align() == '=') {
      throw PyException.valueError("'=' alignment not allowed in string format specifier");
    }
    if (spec.precision() >= 0 && spec.precision() < s.length()) {
      s = s.substring(0, spec.precision());
    }
    return pad("", s, spec, '<');
  }

  private static PyException unknownCode(char type, String typeName) {
    return PyException.valueError(
        "Unknown format code '" + type + "' for object of type '" + typeName + "'");
  }

  // ---------------------------------------------------------------- int

  private static String formatInt(BigInteger v, FormatSpec spec) {
    char type = spec.type() == 0 ? 'd' : spec.type();
    switch (type) {
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return formatFloat(Numbers.toDouble(Numbers.normalize(v)), spec);
      case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
        break;
      default:
        throw unknownCode(type, "int");
    }
    if (spec.precision() >= 0) {
      throw PyException.valueError("Precision not allowed in integer format specifier");
    }
    if (spec.noNegativeZero()) {
      throw PyException.valueError(
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (type == 'c') {
      if (spec.sign() != 0) {
        throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
      }
      if (spec.alternate()) {
        throw PyException.valueError(
            "Alternate form (#) not allowed with integer format specifier 'c'");
      }
      if (v.bitLength() > 63) {
        // CPython converts to a C long first.
        throw PyException.of(
            PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C long");
      }
      if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
        throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
      }
      return pad("", new String(Character.toChars(v.intValue())), spec, '<');
    }
    int radix;
    String prefix = "";
    switch (type) {
      case 'b':
        radix = 2;
        prefix = "0b";
        break;
      case 'o':
        radix = 8;
        prefix = "0o";
        break;
      case 'x':
        radix = 16;
        prefix = "0x";
        break;
      case 'X':
        radix = 16;
        prefix = "0X";
        break;
      default:
        radix = 10;
        break;
    }
    if (spec.grouping() == ',' && radix != 10) {
      throw PyException.valueError("Cannot specify ',' with '" + type + "'.");
    }
    if (type == 'n' && spec.grouping() != 0) {
      throw PyException.valueError("Cannot specify '" + spec.grouping() + "' with 'n'.");
    }
    if (radix == 10) {
      IntDigitsLimit.checkToDecimal(v);
    }
    String digits = Numbers.magnitudeDigits(v, radix);
    if (type == 'X') {
      digits = digits.toUpperCase();
    }
    String signText = signText(v.signum() < 0, spec);
    String fullPrefix = signText + (spec.alternate() ? prefix : "");
    int groupSize = radix == 10 ? 3 : 4;
    return padNumber(fullPrefix, digits, "", spec, spec.grouping(), groupSize);
  }

  private static String signText(boolean negative, FormatSpec spec) {
    if (negative) {
      return "-";
    }
    if (spec.sign() == '+') {
      return "+";
    }
    return spec.sign() == ' ' ? " " : "";
  }

  // ---------------------------------------------------------------- float

  private static String formatFloat(double d, FormatSpec spec) {
    char type = spec.type();
    switch (type) {
      case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
        break;
      default:
        throw unknownCode(type, "float");
    }
    if (type == 'n' && spec.grouping() != 0) {
      throw PyException.valueError("Cannot specify '" + spec.grouping() + "' with 'n'.");
    }
    boolean negative = d < 0 || (d == 0.0 && 1 / d < 0);
    double abs = Math.abs(d);
    String body;
    // inf and nan keep the percent sign too: format(inf, '%') is 'inf%'.
    String suffix = type == '%' ? "%" : "";
    boolean upper = type == 'E' || type == 'F' || type == 'G';
    if (Double.isNaN(d)) {
      negative = false;
      body = upper ? "NAN" : "nan";
    } else if (Double.isInfinite(d)) {
      body = upper ? "INF" : "inf";
    } else {
      int precision = spec.precision();
      switch (type) {
        case 'e':
        case 'E':
          body = scientific(abs, precision < 0 ? 6 : precision, spec.alternate(), upper);
          break;
        case 'f':
        case 'F':
          body = fixed(abs, precision < 0 ? 6 : precision, spec.alternate());
          break;
        case '%':
          // A finite value can overflow when scaled: CPython then shows inf%.
          body = Double.isInfinite(abs * 100) ? "inf"
              : fixed(abs * 100, precision < 0 ? 6 : precision, spec.alternate());
          break;
        case 'g':
        case 'G':
        case 'n':
          body = general(abs, precision < 0 ? 6 : precision, spec.alternate(), upper, false);
          break;
        default:
          body = precision < 0
              ? FloatRepr.repr(abs)
              : general(abs, precision, spec.alternate(), false, true);
          break;
      }
      if (negative && spec.noNegativeZero() && isZero(body)) {
        negative = false;
      }
    }
    String signText = signText(negative, spec);
    // Split off the integer part: only it gets grouping separators.
    int intEnd = 0;
    while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
      intEnd++;
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return padNumber(signText, body, suffix, spec, (char) 0, 3);
    }
    return padNumber(signText, body.substring(0, intEnd), body.substring(intEnd) + suffix, spec,
        spec.grouping(), 3);
  }

  private static boolean isZero(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code %.{precision}f} of a non-negative finite value. */
  static String fixed(double abs, int precision, boolean alternate) {
    String s = precision <= 3 ? fixedInLong(abs, precision) : null;
    if (s == null) {
      s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }
    return alternate && precision == 0 ? s + "." : s;
  }

  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1000};

  /**
   * {@link #fixed} for precision 0 to 3 in long arithmetic ({@code f"{x:.2f}"}, the common case),
   * or null when the value does not suit: the double is m / 2^k exactly, so m * 10^precision /
   * 2^k rounded half-even is the result BigDecimal gives, computed without it. Taken when
   * 0 < k < 63 (a value with a fraction, not too small); m * 1000 < 2^63 always.
   */
  private static String fixedInLong(double abs, int precision) {
    long bits = Double.doubleToRawLongBits(abs);
    int exponent = (int) ((bits >>> 52) & 0x7ff);
    if (exponent == 0) {
      return null; // zero or subnormal
    }
    long m = (bits & ((1L << 52) - 1)) | (1L << 52);
    int k = 1075 - exponent;
    if (k <= 0 || k >= 63) {
      return null;
    }
    long scaled = m * POWERS_OF_TEN[precision];
    long q = scaled >>> k;
    long rest = scaled & ((1L << k) - 1);
    long half = 1L << (k - 1);
    if (rest > half || (rest == half && (q & 1) == 1)) {
      q++;
    }
    String digits = Long.toString(q);
    if (precision == 0) {
      return digits;
    }
    if (digits.length() <= precision) {
      digits = "0".repeat(precision + 1 - digits.length()) + digits;
    }
    int point = digits.length() - precision;
    return digits.substring(0, point) + "." + digits.substring(point);
  }

  /** {@code %.{precision}e} of a non-negative finite value. */
  static String scientific(double abs, int precision, boolean alternate, boolean upper) {
    String digits;
    int exponent;
    if (abs == 0.0) {
      digits = "0".repeat(precision + 1);
      exponent = 0;
    } else {
      BigDecimal r =
          new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
      digits = r.unscaledValue().toString();
      exponent = digits.length() - 1 - r.scale();
      // Rounding may leave fewer digits (trailing zeros dropped) or, after 9.99 -> 10.0, more.
      if (digits.length() < precision + 1) {
        digits = digits + "0".repeat(precision + 1 - digits.length());
      } else if (digits.length() > precision + 1) {
        digits = digits.substring(0, precision + 1);
      }
    }
    StringBuilder sb = new StringBuilder().append(digits.charAt(0));
    if (precision > 0 || alternate) {
      sb.append('.');
    }
    sb.append(digits, 1, digits.length());
    sb.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
    int absExp = Math.abs(exponent);
    if (absExp < 10) {
      sb.append('0');
    }
    return sb.append(absExp).toString();
  }

  /**
   * {@code %.{precision}g} of a non-negative finite value. With {@code noType} (a float format
   * without a type letter) fixed notation keeps at least one fractional digit, as CPython's
   * {@code 'r'}-like default does.
   */
  static String general(
      double abs, int precision, boolean alternate, boolean upper, boolean noType) {
    int p = precision == 0 ? 1 : precision;
    int exponent;
    if (abs == 0.0) {
      exponent = 0;
    } else {
      BigDecimal r = new BigDecimal(abs).round(new MathContext(p, RoundingMode.HALF_EVEN));
      exponent = r.precision() - 1 - r.scale();
    }
    String s;
    // CPython switches to exponent notation one digit earlier when it must add ".0".
    int limit = noType ? p - 1 : p;
    if (exponent >= -4 && exponent < limit) {
      s = fixed(abs, p - 1 - exponent, false);
      if (!alternate) {
        s = stripZeros(s);
      }
      if (noType && s.indexOf('.') < 0) {
        s = s + ".0";
      } else if (alternate && s.indexOf('.') < 0) {
        s = s + ".";
      }
      return s;
    }
    s = scientific(abs, p - 1, alternate, upper);
    if (!alternate) {
      int e = s.indexOf(upper ? 'E' : 'e');
      s = stripZeros(s.substring(0, e)) + s.substring(e);
    }
    return s;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }

  // ---------------------------------------------------------------- padding

  /** Inserts a separator every {@code size} digits from the right. */
  private static String group(String digits, char separator, int size) {
    if (separator == 0 || digits.length() <= size) {
      return digits;
    }
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % size;
    if (first == 0) {
      first = size;
    }
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += size) {
      sb.append(separator).append(digits, i, i + size);
    }
    return sb.toString();
  }

  /**
   * Lays out a number: {@code prefix} (sign and 0x), the integer digits (grouped), then {@code
   * rest} (fraction, exponent, %), padded to the width. Zero padding goes between prefix and
   * digits and, like CPython's, gets separators too.
   */
  private static String padNumber(
      String prefix, String intDigits, String rest, FormatSpec spec, char separator, int size) {
    if (spec.effectiveAlign('>') == '=' && spec.effectiveFill() == '0') {
      int needed = spec.width() - prefix.length() - rest.length();
      String digits = intDigits;
      String grouped = group(digits, separator, size);
      boolean numeric = !digits.isEmpty() && Character.isDigit(digits.charAt(0));
      while (numeric && grouped.length() < needed) {
        digits = "0" + digits;
        grouped = group(digits, separator, size);
      }
      String body = prefix + grouped + rest;
      if (!numeric && body.length() < spec.width()) {
        // inf and nan are padded with zeros too, after the sign.
        return prefix + "0".repeat(spec.width() - body.length()) + intDigits + rest;
      }
      return body;
    }
    return pad(prefix, group(intDigits, separator, size) + rest, spec, '>');
  }

  /** Pads {@code prefix + body} to the spec's width with its fill and alignment. */
  private static String pad(String prefix, String body, FormatSpec spec, char defaultAlign) {
    int length = prefix.length() + body.codePointCount(0, body.length());
    if (spec.width() <= length) {
      return prefix + body;
    }
    int total = spec.width() - length;
    char align = spec.effectiveAlign(defaultAlign);
    String f = new String(Character.toChars(spec.effectiveFill()));
    switch (align) {
      case '<':
        return prefix + body + f.repeat(total);
      case '^':
        return f.repeat(total / 2) + prefix + body + f.repeat(total - total / 2);
      case '=':
        return prefix + f.repeat(total) + body;
      default:
        return f.repeat(total) + prefix + body;
    }
  }
}
