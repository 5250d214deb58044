package org.pygen.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code repr(float)}: the shortest decimal string that reads back as the same double,
 * laid out in fixed notation for decimal exponents -4..15 and scientific notation otherwise. JDK
 * 17's {@code Double.toString} is not always shortest and uses another layout, so the digits are
 * found here: Double.toString gives an upper bound on the digit count, and shorter candidates
 * (the exact value rounded to n digits) are tried against it.
 */
public final class FloatRepr {
  private FloatRepr() {}

  /** Shortest round-trip digits: {@code value = 0.digits * 10**decimalPoint}. */
  record Digits(String digits, int decimalPoint) {}

  /** {@code repr(d)} as CPython 3.11 prints it. */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0.0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    double abs = Math.abs(d);
    String sign = d < 0 ? "-" : "";
    if (abs < 1e16 && abs == Math.rint(abs)) {
      return sign + (long) abs + ".0";
    }
    Digits digits = shortest(abs);
    return sign + layout(digits.digits(), digits.decimalPoint());
  }

  /** Lays out digits with CPython's repr rules (scientific below 1e-4 or from 1e16). */
  static String layout(String digits, int decpt) {
    int n = digits.length();
    StringBuilder sb = new StringBuilder(n + 8);
    if (decpt <= -4 || decpt > 16) {
      sb.append(digits.charAt(0));
      if (n > 1) {
        sb.append('.').append(digits, 1, n);
      }
      int exp = decpt - 1;
      sb.append(exp < 0 ? "e-" : "e+");
      int absExp = Math.abs(exp);
      if (absExp < 10) {
        sb.append('0');
      }
      sb.append(absExp);
    } else if (decpt <= 0) {
      sb.append("0.");
      for (int i = decpt; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else if (decpt >= n) {
      sb.append(digits);
      for (int i = n; i < decpt; i++) {
        sb.append('0');
      }
      sb.append(".0");
    } else {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
    }
    return sb.toString();
  }

  /** The shortest correctly rounded digits that round-trip, for a finite positive double. */
  static Digits shortest(double abs) {
    Digits jdk = javaDigits(Double.toString(abs));
    // Any decimal of at most 15 significant digits survives a trip through a double (DBL_DIG),
    // so when the JDK's round-tripping digits are that short they are the unique shortest ones
    // (for normal numbers; subnormals have fewer significant bits).
    if (jdk.digits().length() <= 15 && abs >= Double.MIN_NORMAL) {
      return jdk;
    }
    BigDecimal exact = new BigDecimal(abs);
    // If n digits round-trip, so do n + 1, so walk down from the JDK's (round-tripping) count.
    int n = jdk.digits().length();
    Digits best = candidate(exact, abs, n);
    while (n > 1) {
      Digits shorter = candidate(exact, abs, n - 1);
      if (shorter == null) {
        break;
      }
      best = shorter;
      n--;
    }
    if (best == null) {
      // Cannot happen for a correct JDK, but never fail: 17 digits always round-trip.
      best = candidate(exact, abs, 17);
    }
    return best;
  }

  /** The significant digits and decimal point of Double.toString output ("1.25E-7", "0.001"). */
  private static Digits javaDigits(String javaRepr) {
    int e = javaRepr.indexOf('E');
    String mantissa = e < 0 ? javaRepr : javaRepr.substring(0, e);
    int exponent = e < 0 ? 0 : Integer.parseInt(javaRepr.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int decpt = dot + exponent;
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
      decpt--;
    }
    int end = digits.length();
    while (end > start + 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(digits.substring(start, end), decpt);
  }

  /** The n-digit decimal nearest to {@code exact} that round-trips, or null if none does. */
  private static Digits candidate(BigDecimal exact, double target, int n) {
    Digits d = roundTo(exact, target, n, RoundingMode.HALF_EVEN);
    if (d != null || (Double.doubleToRawLongBits(target) & 0xFFFFFFFFFFFFFL) != 0) {
      return d;
    }
    // At a power of two the rounding interval is lopsided, so the nearest n-digit decimal may
    // miss it while the neighbour on the other side fits. Elsewhere the nearest one decides.
    d = roundTo(exact, target, n, RoundingMode.FLOOR);
    return d != null ? d : roundTo(exact, target, n, RoundingMode.CEILING);
  }

  private static Digits roundTo(BigDecimal exact, double target, int n, RoundingMode mode) {
    BigDecimal r = exact.round(new MathContext(n, mode));
    if (r.doubleValue() != target) {
      return null;
    }
    return toDigits(r);
  }

  /** Splits a positive BigDecimal into significant digits and decimal point position. */
  static Digits toDigits(BigDecimal r) {
    String unscaled = r.unscaledValue().toString();
    int decpt = unscaled.length() - r.scale();
    int end = unscaled.length();
    while (end > 1 && unscaled.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(unscaled.substring(0, end), decpt);
  }
}
