package org.pygen.runtime;

import java.math.BigInteger;

/**
 * CPython 3.11's limit on decimal conversions of huge ints (sys.int_info.default_max_str_digits,
 * 4300 digits): converting such an int to or from decimal text raises ValueError, because
 * those conversions take quadratic time. Bases that are powers of two are exempt.
 */
final class IntDigitsLimit {
  private IntDigitsLimit() {}

  /** The default limit; pygen has no sys.set_int_max_str_digits() to change it yet. */
  static final int MAX_DIGITS = 4300;

  /** The smallest magnitude with more than {@link #MAX_DIGITS} decimal digits. */
  private static final BigInteger TOO_BIG = BigInteger.TEN.pow(MAX_DIGITS);

  /** Refuses to write {@code v} in decimal when it has too many digits. */
  static void checkToDecimal(BigInteger v) {
    // Fewer bits than 10**4300 has means fewer digits: no need to compare.
    if (v.bitLength() >= TOO_BIG.bitLength() && v.abs().compareTo(TOO_BIG) >= 0) {
      throw PyException.valueError(
          "Exceeds the limit (" + MAX_DIGITS + " digits) for integer string conversion;"
              + " use sys.set_int_max_str_digits() to increase the limit");
    }
  }

  /** Refuses to read {@code digits} digits in {@code base} when there are too many. */
  static void checkFromText(int digits, int base) {
    if (digits > MAX_DIGITS && Integer.bitCount(base) != 1) {
      throw PyException.valueError(
          "Exceeds the limit (" + MAX_DIGITS + " digits) for integer string conversion: value"
              + " has " + digits + " digits; use sys.set_int_max_str_digits() to increase the"
              + " limit");
    }
  }
}
