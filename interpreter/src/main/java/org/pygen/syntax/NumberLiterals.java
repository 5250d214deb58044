package org.pygen.syntax;

import java.math.BigInteger;

/** Converts the text of a NUMBER token to the value of its Constant. */
final class NumberLiterals {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private NumberLiterals() {}

  /** True for an imaginary literal such as {@code 2j}, which pygen has no type for. */
  static boolean isImaginary(String text) {
    char last = text.charAt(text.length() - 1);
    return last == 'j' || last == 'J';
  }

  /**
   * The value of an integer or float literal: a {@code Long}, a {@code BigInteger} when it does
   * not fit in 64 bits, or a {@code Double}. The lexer has already rejected malformed literals.
   */
  static Object parse(String text) {
    String digits = text.replace("_", "");
    String lower = digits.toLowerCase();
    if (lower.startsWith("0x")) {
      return integer(new BigInteger(digits.substring(2), 16));
    }
    if (lower.startsWith("0o")) {
      return integer(new BigInteger(digits.substring(2), 8));
    }
    if (lower.startsWith("0b")) {
      return integer(new BigInteger(digits.substring(2), 2));
    }
    if (lower.indexOf('.') >= 0 || lower.indexOf('e') >= 0) {
      return Double.parseDouble(digits);
    }
    return integer(new BigInteger(digits));
  }

  private static Object integer(BigInteger value) {
    if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
      return value.longValue();
    }
    return value;
  }
}
