package org.pygen.runtime;

import java.math.BigInteger;

/**
 * CPython 3.11's limit on decimal conversions of huge ints ({@code sys.set_int_max_str_digits},
 * 4300 digits by default): converting such an int to or from decimal text raises ValueError,
 * because those conversions take quadratic time. Bases that are powers of two are exempt. Each
 * interpreter has its own limit ({@link PyRuntime#intMaxStrDigits}); 0 means no limit.
 */
final class IntDigitsLimit {
  private IntDigitsLimit() {}

  /** {@code sys.int_info.default_max_str_digits}. */
  static final int DEFAULT_MAX_DIGITS = 4300;

  /**
   * {@code sys.int_info.str_digits_check_threshold}: the smallest limit other than 0 that
   * {@code sys.set_int_max_str_digits} accepts, so shorter numbers never need the check.
   */
  static final int THRESHOLD = 640;

  /** Ints of at most this many bits have fewer than {@link #THRESHOLD} digits. */
  private static final int UNCHECKED_BITS = 2126;

  private static final double LOG10_2 = Math.log10(2);

  /** The limit of the interpreter running on this thread; the default outside any run. */
  private static int currentLimit() {
    ThreadState ts = ThreadState.active();
    return ts == null ? DEFAULT_MAX_DIGITS : ts.runtime().intMaxStrDigits();
  }

  /** Refuses to write {@code v} in decimal when it has more digits than the limit. */
  static void checkToDecimal(BigInteger v) {
    if (v.bitLength() <= UNCHECKED_BITS) {
      return;
    }
    int limit = currentLimit();
    if (limit > 0 && hasMoreDigits(v, limit)) {
      throw PyException.valueError(
          "Exceeds the limit (" + limit + " digits) for integer string conversion;"
              + " use sys.set_int_max_str_digits() to increase the limit");
    }
  }

  /** Whether |v| has more than {@code limit} decimal digits, i.e. |v| >= 10**limit. */
  private static boolean hasMoreDigits(BigInteger v, int limit) {
    int bits = v.bitLength(); // 2**(bits-1) <= |v| < 2**bits
    // Digit counts bracketed from the bit length; the margin absorbs rounding in the logs.
    long fewest = (long) Math.floor((bits - 1) * LOG10_2 - 1e-6) + 1;
    long most = (long) Math.floor(bits * LOG10_2 + 1e-6) + 1;
    if (most <= limit) {
      return false;
    }
    if (fewest > limit) {
      return true;
    }
    return v.abs().compareTo(BigInteger.TEN.pow(limit)) >= 0;
  }

  /** Refuses to read {@code digits} digits in {@code base} when there are too many. */
  static void checkFromText(int digits, int base) {
    if (digits <= THRESHOLD || Integer.bitCount(base) == 1) {
      return;
    }
    int limit = currentLimit();
    if (limit > 0 && digits > limit) {
      throw PyException.valueError(
          "Exceeds the limit (" + limit + " digits) for integer string conversion: value"
              + " has " + digits + " digits; use sys.set_int_max_str_digits() to increase the"
              + " limit");
    }
  }
}
