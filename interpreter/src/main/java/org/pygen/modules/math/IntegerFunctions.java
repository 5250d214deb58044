package org.pygen.modules.math;

import java.math.BigInteger;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.ThreadState;

/**
 * The exact integer functions of the math module: {@code factorial}, {@code isqrt}, {@code gcd},
 * {@code lcm}, {@code comb} and {@code perm}. Results can be huge, so before building one the
 * estimated size is checked against the interpreter's per-object limit and its work charged to
 * the step budget, as the arithmetic operators do.
 */
final class IntegerFunctions {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private IntegerFunctions() {}

  /** {@code factorial(n)}, exact. */
  static Object factorial(ThreadState ts, Object arg) {
    Object index = MathArgs.toIndex(ts, arg);
    if (index instanceof BigInteger big) {
      if (big.signum() < 0) {
        throw PyException.valueError("factorial() not defined for negative values");
      }
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR,
          "factorial() argument should not exceed " + Long.MAX_VALUE);
    }
    long n = (Long) index;
    if (n < 0) {
      throw PyException.valueError("factorial() not defined for negative values");
    }
    if (n <= 20) {
      long f = 1;
      for (long i = 2; i <= n; i++) {
        f *= i;
      }
      return f;
    }
    // log2(n!) by Stirling's formula, to size the result before computing it.
    double bits = (n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n)) / Math.log(2);
    guard(ts, bits, n);
    return Numbers.normalize(product(BigInteger.valueOf(n), n));
  }

  /** {@code isqrt(n)}: the floor of the exact square root of a non-negative int. */
  static Object isqrt(ThreadState ts, Object arg) {
    Object index = MathArgs.toIndex(ts, arg);
    BigInteger n = Numbers.toBig(index);
    if (n.signum() < 0) {
      throw PyException.valueError("isqrt() argument must be nonnegative");
    }
    if (index instanceof Long l) {
      // The double square root may be one off for large longs; correct it exactly. The bound
      // keeps r * r from overflowing: floor(sqrt(2**63 - 1)) is 3037000499.
      long r = Math.min((long) Math.sqrt((double) l), 3037000499L);
      while (r * r > l) {
        r--;
      }
      while (r < 3037000499L && (r + 1) * (r + 1) <= l) {
        r++;
      }
      return r;
    }
    return Numbers.normalize(n.sqrt());
  }

  /** {@code gcd(*integers)}: 0 for no arguments, always non-negative. */
  static Object gcd(ThreadState ts, Object[] args) {
    if (args.length == 0) {
      return 0L;
    }
    BigInteger result = MathArgs.toBigIndex(ts, args[0]).abs();
    for (int i = 1; i < args.length; i++) {
      BigInteger x = MathArgs.toBigIndex(ts, args[i]);
      if (!result.equals(BigInteger.ONE)) {
        result = result.gcd(x);
      }
    }
    return Numbers.normalize(result);
  }

  /** {@code lcm(*integers)}: 1 for no arguments, 0 if any argument is 0. */
  static Object lcm(ThreadState ts, Object[] args) {
    if (args.length == 0) {
      return 1L;
    }
    BigInteger result = MathArgs.toBigIndex(ts, args[0]).abs();
    for (int i = 1; i < args.length; i++) {
      BigInteger x = MathArgs.toBigIndex(ts, args[i]);
      if (result.signum() == 0) {
        continue;
      }
      if (x.signum() == 0) {
        result = BigInteger.ZERO;
        continue;
      }
      guard(ts, result.bitLength() + (double) x.bitLength(), 1);
      result = result.divide(result.gcd(x)).multiply(x).abs();
    }
    return Numbers.normalize(result);
  }

  /** {@code comb(n, k)}: the binomial coefficient, 0 when k > n. */
  static Object comb(ThreadState ts, Object nArg, Object kArg) {
    BigInteger n = MathArgs.toBigIndex(ts, nArg);
    BigInteger k = MathArgs.toBigIndex(ts, kArg);
    checkNonNegative(n, k);
    BigInteger rest = n.subtract(k);
    if (rest.signum() < 0) {
      return 0L;
    }
    if (rest.compareTo(k) < 0) {
      k = rest;
    }
    if (k.compareTo(LONG_MAX) > 0) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "min(n - k, k) must not exceed " + Long.MAX_VALUE);
    }
    long count = k.longValueExact();
    if (count == 0) {
      return 1L;
    }
    guard(ts, count * (double) n.bitLength(), count);
    BigInteger falling = product(n, count);
    return Numbers.normalize(falling.divide(product(k, count)));
  }

  /** {@code perm(n, k)}: the number of ordered choices of k from n, 0 when k > n. */
  static Object perm(ThreadState ts, Object nArg, Object kArg) {
    BigInteger n = MathArgs.toBigIndex(ts, nArg);
    BigInteger k = MathArgs.toBigIndex(ts, kArg);
    checkNonNegative(n, k);
    if (n.compareTo(k) < 0) {
      return 0L;
    }
    if (k.compareTo(LONG_MAX) > 0) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "k must not exceed " + Long.MAX_VALUE);
    }
    long count = k.longValueExact();
    if (count == 0) {
      return 1L;
    }
    guard(ts, count * (double) n.bitLength(), count);
    return Numbers.normalize(product(n, count));
  }

  private static void checkNonNegative(BigInteger n, BigInteger k) {
    if (n.signum() < 0) {
      throw PyException.valueError("n must be a non-negative integer");
    }
    if (k.signum() < 0) {
      throw PyException.valueError("k must be a non-negative integer");
    }
  }

  /**
   * Refuses a result of about {@code bits} bits that exceeds the size limit, and charges its
   * construction ({@code factors} multiplications) to the step budget.
   */
  private static void guard(ThreadState ts, double bits, long factors) {
    if (ts.guardsOperations()) {
      long bytes = (long) Math.min(Long.MAX_VALUE, bits / 8);
      ts.checkSize(bytes);
      ts.charge(bytes / 64 + factors / 64);
    }
  }

  /**
   * The falling product {@code top * (top - 1) * ... * (top - count + 1)}, multiplied as a
   * balanced tree so that the big multiplications are between operands of similar size, where
   * Java's Karatsuba and Toom-Cook algorithms pay off.
   */
  static BigInteger product(BigInteger top, long count) {
    if (top.bitLength() < 63) {
      long high = top.longValue();
      return smallProduct(high - count + 1, high);
    }
    return bigProduct(top, count);
  }

  /** The product of the longs in [low, high], both positive and below 2**63. */
  private static BigInteger smallProduct(long low, long high) {
    if (high - low < 16) {
      BigInteger result = BigInteger.valueOf(low);
      for (long i = low + 1; i <= high; i++) {
        result = result.multiply(BigInteger.valueOf(i));
      }
      return result;
    }
    long mid = low + (high - low) / 2;
    return smallProduct(low, mid).multiply(smallProduct(mid + 1, high));
  }

  private static BigInteger bigProduct(BigInteger top, long count) {
    if (count <= 8) {
      BigInteger result = top;
      for (long i = 1; i < count; i++) {
        result = result.multiply(top.subtract(BigInteger.valueOf(i)));
      }
      return result;
    }
    long half = count / 2;
    BigInteger upper = bigProduct(top, half);
    BigInteger lower = bigProduct(top.subtract(BigInteger.valueOf(half)), count - half);
    return upper.multiply(lower);
  }
}
