package org.pygen.runtime;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting, {@code template % args}: conversions d i u o x X e E f F g G c r s a
 * and %, with mapping keys, flags {@code - + space # 0}, and {@code *} widths and precisions.
 *
 * <p>A bytes template (PEP 461) is formatted as its Latin-1 text, which maps each byte to one
 * char and back: every conversion then yields only chars below 256 ({@code %s} and {@code %b}
 * take bytes, {@code %r} and {@code %a} are ascii(), {@code %c} is one byte).
 */
final class PercentFormat {
  private final String template;
  private final boolean bytesMode;
  private final Object[] positional;
  private final PyDict mapping;
  private int next;
  private int pos;

  private PercentFormat(String template, Object args, boolean bytesMode) {
    this.template = template;
    this.bytesMode = bytesMode;
    if (args instanceof PyTuple t) {
      positional = t.items();
    } else {
      positional = new Object[] {args};
    }
    mapping = args instanceof PyDict d ? d : null;
  }

  static String format(String template, Object args) {
    return new PercentFormat(template, args, false).run();
  }

  /** {@code template % args} for a bytes template. */
  static PyBytes format(PyBytes template, Object args) {
    String text = new String(template.data(), StandardCharsets.ISO_8859_1);
    String out = new PercentFormat(text, args, true).run();
    return PyBytes.wrap(out.getBytes(StandardCharsets.ISO_8859_1));
  }

  private Object nextArg() {
    if (next >= positional.length) {
      throw PyException.typeError("not enough arguments for format string");
    }
    return positional[next++];
  }

  private String run() {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int n = template.length();
    boolean usedMapping = false;
    while (pos < n) {
      // The text up to the next conversion is copied in one piece.
      int percent = template.indexOf('%', pos);
      if (percent != pos) {
        int end = percent < 0 ? n : percent;
        out.append(template, pos, end);
        pos = end;
        continue;
      }
      pos++;
      if (pos >= n) {
        throw PyException.valueError("incomplete format");
      }
      if (template.charAt(pos) == '%') {
        out.append('%');
        pos++;
        continue;
      }
      Object value = null;
      if (template.charAt(pos) == '(') {
        if (mapping == null) {
          throw PyException.typeError("format requires a mapping");
        }
        int depth = 1;
        int start = ++pos;
        while (pos < n && depth > 0) {
          char k = template.charAt(pos++);
          if (k == '(') {
            depth++;
          } else if (k == ')') {
            depth--;
          }
        }
        if (depth > 0) {
          throw PyException.valueError("incomplete format key");
        }
        String key = template.substring(start, pos - 1);
        value = mapping.getItem(
            bytesMode ? PyBytes.wrap(key.getBytes(StandardCharsets.ISO_8859_1)) : key);
        usedMapping = true;
      }
      boolean left = false;
      boolean zero = false;
      boolean alternate = false;
      char sign = 0;
      for (; pos < n; pos++) {
        char f = template.charAt(pos);
        if (f == '-') {
          left = true;
        } else if (f == '0') {
          zero = true;
        } else if (f == '#') {
          alternate = true;
        } else if (f == '+') {
          sign = '+';
        } else if (f == ' ') {
          if (sign == 0) {
            sign = ' ';
          }
        } else {
          break;
        }
      }
      int width = readNumberOrStar();
      if (width < -1) {
        left = true;
        width = -width - 2;
      }
      int precision = -1;
      if (pos < n && template.charAt(pos) == '.') {
        pos++;
        precision = Math.max(0, readNumberOrStar());
      }
      while (pos < n && "hlL".indexOf(template.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos >= n) {
        throw PyException.valueError("incomplete format");
      }
      char type = template.charAt(pos++);
      if (value == null) {
        value = nextArg();
      }
      String body = convert(type, value, precision, alternate, sign);
      out.append(pad(body, width, left, zero && isNumeric(type)));
    }
    if (next < positional.length && mapping == null && !usedMapping) {
      throw PyException.typeError("not all arguments converted during "
          + (bytesMode ? "bytes" : "string") + " formatting");
    }
    return out.toString();
  }

  /** Reads a width or precision: digits, {@code *} (from the arguments), or -1 when absent. */
  private int readNumberOrStar() {
    int n = template.length();
    if (pos < n && template.charAt(pos) == '*') {
      pos++;
      Object w = nextArg();
      if (!Numbers.isInt(w)) {
        throw PyException.typeError("* wants int");
      }
      int v = Numbers.toIntSize(w);
      // A negative * width means left alignment; encode it below -1 for the caller.
      return v < 0 ? v - 2 : v;
    }
    int start = pos;
    while (pos < n && Character.isDigit(template.charAt(pos))) {
      pos++;
    }
    return pos > start ? Integer.parseInt(template.substring(start, pos)) : -1;
  }

  private static boolean isNumeric(char type) {
    return "diuoxXeEfFgG".indexOf(type) >= 0;
  }

  private String convert(char type, Object value, int precision, boolean alternate, char sign) {
    if (bytesMode) {
      switch (type) {
        case 's':
        case 'b':
          return truncate(bytesArgument(value), precision);
        case 'r':
        case 'a':
          return truncate(Ops.ascii(value), precision);
        case 'c':
          return byteCharacter(value);
        default:
          break; // the numeric conversions are the same for both
      }
    }
    switch (type) {
      case 's':
        return truncate(Ops.str(value), precision);
      case 'r':
        return truncate(Ops.repr(value), precision);
      case 'a':
        return truncate(Ops.ascii(value), precision);
      case 'c':
        return character(value);
      case '%':
        return "%";
      case 'd':
      case 'i':
      case 'u':
        if (value instanceof Long l) {
          // "%d" % n, the common case, without a BigInteger; -Long.MIN_VALUE reads unsigned.
          return integer(l < 0, Long.toUnsignedString(l < 0 ? -l : l), precision, false, 'd',
              sign);
        }
        return integer(decimalArgument(type, value), 10, precision, false, 'd', sign);
      case 'o':
      case 'x':
      case 'X':
        if (!Numbers.isInt(value)) {
          throw PyException.typeError(
              "%" + type + " format: an integer is required, not " + Ops.typeName(value));
        }
        return integer(Numbers.toBig(value), type == 'o' ? 8 : 16, precision, alternate, type,
            sign);
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        return floating(type, value, precision, alternate, sign);
      default:
        throw PyException.valueError(
            "unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                + ") at index " + (pos - 1));
    }
  }

  private static String truncate(String s, int precision) {
    return precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
  }


  private static String character(Object value) {
    if (value instanceof String s) {
      if (s.length() == 1 || (s.length() == 2 && Character.isSurrogatePair(s.charAt(0),
          s.charAt(1)))) {
        return s;
      }
      throw PyException.typeError("%c requires int or char");
    }
    if (!Numbers.isInt(value)) {
      throw PyException.typeError("%c requires int or char");
    }
    BigInteger v = Numbers.toBig(value);
    if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
    }
    return new String(Character.toChars(v.intValue()));
  }

  /** The bytes {@code %s} / {@code %b} insert: a bytes object, or what its __bytes__ gives. */
  private static String bytesArgument(Object value) {
    PyBytes b = null;
    if (value instanceof PyBytes v) {
      b = v;
    } else if (SpecialMethods.isUser(value)) {
      Object r = SpecialMethods.callIfDefined(SpecialMethods.ts(value), value, "__bytes__");
      if (r != null && !(r instanceof PyBytes)) {
        throw PyException.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
      }
      b = (PyBytes) r;
    }
    if (b == null) {
      throw PyException.typeError("%b requires a bytes-like object, or an object that implements"
          + " __bytes__, not '" + Ops.typeName(value) + "'");
    }
    return new String(b.data(), StandardCharsets.ISO_8859_1);
  }

  /** {@code %c} of a bytes template: an int in range(256) or a single byte. */
  private static String byteCharacter(Object value) {
    if (value instanceof PyBytes b && b.size() == 1) {
      return String.valueOf((char) b.get(0));
    }
    if (!Numbers.isInt(value)) {
      throw PyException.typeError("%c requires an integer in range(256) or a single byte");
    }
    BigInteger v = Numbers.toBig(value);
    if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "%c arg not in range(256)");
    }
    return String.valueOf((char) v.intValue());
  }

  private static BigInteger decimalArgument(char type, Object value) {
    if (Numbers.isInt(value)) {
      return Numbers.toBig(value);
    }
    if (value instanceof Double d) {
      return Numbers.toBig(NumberParsing.floatToInt(d));
    }
    throw PyException.typeError(
        "%" + type + " format: a real number is required, not " + Ops.typeName(value));
  }

  private static String integer(
      BigInteger v, int radix, int precision, boolean alternate, char type, char sign) {
    if (radix == 10) {
      IntDigitsLimit.checkToDecimal(v);
    }
    return integer(
        v.signum() < 0, Numbers.magnitudeDigits(v, radix), precision, alternate, type, sign);
  }

  /** An integer conversion given the digits of its magnitude. */
  private static String integer(boolean negative, String digits, int precision,
      boolean alternate, char type, char sign) {
    if (type == 'X') {
      digits = digits.toUpperCase();
    }
    if (precision > digits.length()) {
      digits = "0".repeat(precision - digits.length()) + digits;
    }
    String prefix = "";
    if (alternate) {
      prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    }
    if (!negative && sign == 0 && prefix.isEmpty()) {
      return digits; // the plain "%d" of a positive number: no concatenation
    }
    return signOf(negative, sign) + prefix + digits;
  }

  private static String signOf(boolean negative, char sign) {
    return negative ? "-" : sign == 0 ? "" : String.valueOf(sign);
  }

  private static String floating(
      char type, Object value, int precision, boolean alternate, char sign) {
    if (!Numbers.isNumber(value)) {
      throw PyException.typeError("must be real number, not " + Ops.typeName(value));
    }
    double d = Numbers.toDouble(value);
    boolean negative = d < 0 || (d == 0.0 && 1 / d < 0);
    boolean upper = Character.isUpperCase(type);
    String body;
    if (Double.isNaN(d)) {
      negative = false;
      body = upper ? "NAN" : "nan";
    } else if (Double.isInfinite(d)) {
      body = upper ? "INF" : "inf";
    } else {
      int p = precision < 0 ? 6 : precision;
      double abs = Math.abs(d);
      switch (Character.toLowerCase(type)) {
        case 'e':
          body = Formatter.scientific(abs, p, alternate, upper);
          break;
        case 'f':
          body = Formatter.fixed(abs, p, alternate);
          break;
        default:
          body = Formatter.general(abs, p, alternate, upper, false);
          break;
      }
    }
    return signOf(negative, sign) + body;
  }

  /** Pads to the width: left-justified, zero-filled after any sign and prefix, or right. */
  private static String pad(String body, int width, boolean left, boolean zero) {
    if (width <= body.length()) {
      return body;
    }
    int total = width - body.length();
    if (left) {
      return body + " ".repeat(total);
    }
    if (zero) {
      int insertAt = 0;
      if (insertAt < body.length() && "+- ".indexOf(body.charAt(insertAt)) >= 0) {
        insertAt++;
      }
      if (body.startsWith("0x", insertAt) || body.startsWith("0X", insertAt)
          || body.startsWith("0o", insertAt)) {
        insertAt += 2;
      }
      return body.substring(0, insertAt) + "0".repeat(total) + body.substring(insertAt);
    }
    return " ".repeat(total) + body;
  }
}
