package org.pygen.runtime;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Python's rules for turning text into ints and floats ({@code int("0x1f", 0)}, ...). */
final class NumberParsing {
  // Digits may be separated by single underscores; a float needs digits before or after a point.
  private static final String DIGITS = "\\d(?:_?\\d)*";
  private static final Pattern FLOAT =
      Pattern.compile(
          "[+-]?(?:(?:" + DIGITS + ")?\\.?" + DIGITS + "|" + DIGITS + "\\.)"
              + "(?:[eE][+-]?" + DIGITS + ")?");

  private NumberParsing() {}

  /** Strips Python whitespace from both ends. */
  static String stripSpace(String s) {
    int i = 0;
    int j = s.length();
    while (i < j && Chars.isSpace(s.charAt(i))) {
      i++;
    }
    while (j > i && Chars.isSpace(s.charAt(j - 1))) {
      j--;
    }
    return s.substring(i, j);
  }

  /** {@code int(text, base)}; ValueError with CPython's message when the text is not an int. */
  static Object parseInt(String text, int base) {
    if (base != 0 && (base < 2 || base > 36)) {
      throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
    }
    Object r = tryParseInt(stripSpace(text), base);
    if (r == null) {
      throw PyException.valueError(
          "invalid literal for int() with base " + base + ": " + Ops.repr(text));
    }
    return r;
  }

  /**
   * {@code int(b"...", base)}: the bytes read as ASCII text. Bytes outside ASCII, and the
   * separators \x1c-\x1f that str.strip() would drop but CPython's byte parser does not, are
   * invalid.
   */
  static Object parseInt(PyBytes bytes, int base) {
    String text = asciiText(bytes);
    Object r = text == null ? null : tryParseInt(stripSpace(text), base);
    if (r == null) {
      throw PyException.valueError(
          "invalid literal for int() with base " + base + ": " + Ops.repr(bytes));
    }
    return r;
  }

  /** {@code float(b"...")}: the bytes read as ASCII text. */
  static double parseFloat(PyBytes bytes) {
    String text = asciiText(bytes);
    if (text != null) {
      try {
        return parseFloat(text);
      } catch (PyException e) {
        // reworded below with the bytes' repr
      }
    }
    throw PyException.valueError("could not convert string to float: " + Ops.repr(bytes));
  }

  /** The bytes as text when every byte is ASCII other than \x1c-\x1f; null otherwise. */
  private static String asciiText(PyBytes bytes) {
    byte[] data = bytes.data();
    char[] chars = new char[data.length];
    for (int i = 0; i < data.length; i++) {
      int b = data[i];
      if (b < 0 || (b >= 0x1c && b <= 0x1f)) {
        return null;
      }
      chars[i] = (char) b;
    }
    return new String(chars);
  }

  private static Object tryParseInt(String s, int base) {
    int i = 0;
    int n = s.length();
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    boolean prefixed = false;
    if (i + 1 < n && s.charAt(i) == '0') {
      char p = Character.toLowerCase(s.charAt(i + 1));
      int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
      if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
        base = prefixBase;
        i += 2;
        prefixed = true;
      }
    }
    boolean decimalZeroCheck = false;
    if (base == 0) {
      base = 10;
      decimalZeroCheck = true;
    }
    StringBuilder digits = new StringBuilder(n - i);
    // Underscores may only separate digits, or follow a base prefix directly.
    boolean underscoreAllowed = prefixed;
    boolean lastUnderscore = false;
    boolean any = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '_') {
        if (!underscoreAllowed) {
          return null;
        }
        underscoreAllowed = false;
        lastUnderscore = true;
        continue;
      }
      int d = Character.digit(c, base);
      if (d < 0) {
        return null;
      }
      digits.append(Character.forDigit(d, base));
      any = true;
      underscoreAllowed = true;
      lastUnderscore = false;
    }
    if (!any || lastUnderscore) {
      return null;
    }
    String ds = digits.toString();
    IntDigitsLimit.checkFromText(ds.length(), base);
    if (decimalZeroCheck && ds.length() > 1 && ds.charAt(0) == '0' && !ds.matches("0+")) {
      return null; // base 0 forbids leading zeros, as in Python source
    }
    if ((base == 10 && ds.length() <= 18) || ds.length() <= 12) {
      long v = Long.parseLong(ds, base);
      return negative ? -v : v;
    }
    BigInteger v = new BigInteger(ds, base);
    return Numbers.normalize(negative ? v.negate() : v);
  }

  /** {@code float(text)}; ValueError when the text is not a float. */
  static double parseFloat(String text) {
    String s = stripSpace(text);
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    String ascii = toAsciiDigits(s);
    if (ascii == null || !FLOAT.matcher(ascii).matches()) {
      throw PyException.valueError("could not convert string to float: " + Ops.repr(text));
    }
    return Double.parseDouble(ascii.replace("_", ""));
  }

  /** Maps Unicode decimal digits to ASCII (Python accepts them); null for other non-ASCII. */
  private static String toAsciiDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        int d = Character.digit(c, 10);
        if (d < 0) {
          return null;
        }
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append((char) ('0' + d));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** {@code int(d)} for a float: truncation toward zero. */
  static Object floatToInt(double d) {
    if (Double.isNaN(d)) {
      throw PyException.valueError("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.2e18) {
      return (long) d;
    }
    return Numbers.normalize(new java.math.BigDecimal(d).toBigInteger());
  }
}
