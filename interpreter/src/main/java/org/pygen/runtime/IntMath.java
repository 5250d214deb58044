package org.pygen.runtime;

import java.math.BigInteger;

/**
 * Python int arithmetic on Long, BigInteger and Boolean operands: exact long arithmetic first,
 * falling over to BigInteger on overflow, results normalised back to Long when they fit. All
 * operands must be ints (callers check); Booleans count as 0 and 1.
 */
final class IntMath {
  private IntMath() {}

  private static boolean small(Object o) {
    return !(o instanceof BigInteger);
  }

  static Object add(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      long r = x + y;
      if (((x ^ r) & (y ^ r)) >= 0) {
        return r;
      }
    }
    return Numbers.normalize(Numbers.toBig(a).add(Numbers.toBig(b)));
  }

  static Object sub(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      long r = x - y;
      if (((x ^ y) & (x ^ r)) >= 0) {
        return r;
      }
    }
    return Numbers.normalize(Numbers.toBig(a).subtract(Numbers.toBig(b)));
  }

  static Object mul(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      long hi = Math.multiplyHigh(x, y);
      long lo = x * y;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return lo;
      }
    }
    return Numbers.normalize(Numbers.toBig(a).multiply(Numbers.toBig(b)));
  }

  static Object floorDiv(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      if (y == 0) {
        throw PyException.zeroDivision("integer division or modulo by zero");
      }
      if (!(x == Long.MIN_VALUE && y == -1)) {
        return Math.floorDiv(x, y);
      }
    }
    return Numbers.normalize(floorDivBig(Numbers.toBig(a), Numbers.toBig(b)));
  }

  static Object mod(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      if (y == 0) {
        throw PyException.zeroDivision("integer modulo by zero");
      }
      return y == -1 ? 0L : Math.floorMod(x, y);
    }
    BigInteger y = Numbers.toBig(b);
    if (y.signum() == 0) {
      throw PyException.zeroDivision("integer modulo by zero");
    }
    return Numbers.normalize(modBig(Numbers.toBig(a), y));
  }

  /** {@code divmod(a, b)} for ints. */
  static PyTuple divmod(Object a, Object b) {
    if (Numbers.toBig(b).signum() == 0) {
      throw PyException.zeroDivision("integer division or modulo by zero");
    }
    return PyTuple.wrap(new Object[] {floorDiv(a, b), mod(a, b)});
  }

  static BigInteger floorDivBig(BigInteger x, BigInteger y) {
    if (y.signum() == 0) {
      throw PyException.zeroDivision("integer division or modulo by zero");
    }
    BigInteger[] qr = x.divideAndRemainder(y);
    if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  static BigInteger modBig(BigInteger x, BigInteger y) {
    BigInteger r = x.remainder(y);
    if (r.signum() != 0 && r.signum() != y.signum()) {
      r = r.add(y);
    }
    return r;
  }

  /** {@code a / b} for ints: the correctly rounded float quotient. */
  static double trueDiv(Object a, Object b) {
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long y = Numbers.smallInt(b);
      if (y == 0) {
        throw PyException.zeroDivision("division by zero");
      }
      // Both exactly representable: one IEEE division is correctly rounded.
      if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
        return (double) x / (double) y;
      }
    }
    return trueDivBig(Numbers.toBig(a), Numbers.toBig(b));
  }

  private static double trueDivBig(BigInteger a, BigInteger b) {
    if (b.signum() == 0) {
      throw PyException.zeroDivision("division by zero");
    }
    boolean negative = a.signum() * b.signum() < 0;
    if (a.signum() == 0) {
      return negative || b.signum() < 0 ? -0.0 : 0.0;
    }
    a = a.abs();
    b = b.abs();
    // Scale so the integer quotient has 55 or 56 bits, then fold the remainder into a sticky
    // low bit: converting that long to double then rounds exactly like the true quotient would.
    int shift = 55 - (a.bitLength() - b.bitLength());
    BigInteger n = shift >= 0 ? a.shiftLeft(shift) : a;
    BigInteger d = shift >= 0 ? b : b.shiftLeft(-shift);
    BigInteger[] qr = n.divideAndRemainder(d);
    long q = qr[0].longValue();
    if (qr[1].signum() != 0) {
      q |= 1;
    }
    double result = Math.scalb((double) q, -shift);
    if (Double.isInfinite(result)) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "integer division result too large for a float");
    }
    return negative ? -result : result;
  }

  /** {@code a ** b} for ints; a negative exponent gives a float as in CPython. */
  static Object pow(Object a, Object b) {
    BigInteger bigExp = Numbers.toBig(b);
    if (bigExp.signum() < 0) {
      return FloatMath.pow(Numbers.toDouble(a), Numbers.toDouble(b));
    }
    if (small(a) && small(b)) {
      long base = Numbers.smallInt(a);
      long exp = Numbers.smallInt(b);
      long result = 1;
      long square = base;
      boolean overflow = false;
      long e = exp;
      // Square-and-multiply with exact longs, giving up on the first overflow.
      while (e > 0) {
        if ((e & 1) != 0) {
          long hi = Math.multiplyHigh(result, square);
          long lo = result * square;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            overflow = true;
            break;
          }
          result = lo;
        }
        e >>= 1;
        if (e > 0) {
          long hi = Math.multiplyHigh(square, square);
          long lo = square * square;
          if (!(hi == 0 && lo >= 0)) {
            overflow = true;
            break;
          }
          square = lo;
        }
      }
      if (!overflow) {
        return result;
      }
    }
    BigInteger base = Numbers.toBig(a);
    if (base.signum() == 0 || base.equals(BigInteger.ONE)) {
      return Numbers.normalize(bigExp.signum() == 0 ? BigInteger.ONE : base);
    }
    if (base.equals(BigInteger.ONE.negate())) {
      return bigExp.testBit(0) ? -1L : 1L;
    }
    if (bigExp.bitLength() > 31) {
      throw new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
    }
    return Numbers.normalize(base.pow(bigExp.intValue()));
  }

  /** Three-argument {@code pow(a, b, m)} for ints. */
  static Object powMod(Object a, Object b, Object m) {
    BigInteger mod = Numbers.toBig(m);
    if (mod.signum() == 0) {
      throw PyException.valueError("pow() 3rd argument cannot be 0");
    }
    BigInteger base = Numbers.toBig(a);
    BigInteger exp = Numbers.toBig(b);
    BigInteger absMod = mod.abs();
    BigInteger r;
    if (exp.signum() < 0) {
      try {
        base = base.modInverse(absMod);
      } catch (ArithmeticException e) {
        throw PyException.valueError("base is not invertible for the given modulus");
      }
      exp = exp.negate();
    }
    r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, absMod);
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return Numbers.normalize(r);
  }

  static Object neg(Object a) {
    if (small(a)) {
      long x = Numbers.smallInt(a);
      if (x != Long.MIN_VALUE) {
        return -x;
      }
    }
    return Numbers.normalize(Numbers.toBig(a).negate());
  }

  static Object abs(Object a) {
    if (small(a)) {
      long x = Numbers.smallInt(a);
      if (x != Long.MIN_VALUE) {
        return Math.abs(x);
      }
    }
    return Numbers.normalize(Numbers.toBig(a).abs());
  }

  static Object invert(Object a) {
    if (small(a)) {
      return ~Numbers.smallInt(a);
    }
    return Numbers.normalize(Numbers.toBig(a).not());
  }

  static Object lshift(Object a, Object b) {
    BigInteger count = Numbers.toBig(b);
    if (count.signum() < 0) {
      throw PyException.valueError("negative shift count");
    }
    if (small(a) && small(b)) {
      long x = Numbers.smallInt(a);
      long n = Numbers.smallInt(b);
      if (x == 0) {
        return 0L;
      }
      if (n < 63) {
        long r = x << n;
        if (r >> n == x) {
          return r;
        }
      }
    }
    BigInteger base = Numbers.toBig(a);
    if (base.signum() == 0) {
      return 0L;
    }
    if (count.bitLength() > 31) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "too many digits in integer");
    }
    return Numbers.normalize(base.shiftLeft(count.intValue()));
  }

  static Object rshift(Object a, Object b) {
    BigInteger count = Numbers.toBig(b);
    if (count.signum() < 0) {
      throw PyException.valueError("negative shift count");
    }
    if (small(a)) {
      long x = Numbers.smallInt(a);
      if (count.bitLength() > 31 || count.intValue() >= 64) {
        return x < 0 ? -1L : 0L;
      }
      return x >> count.intValue();
    }
    BigInteger base = Numbers.toBig(a);
    if (count.bitLength() > 31) {
      return base.signum() < 0 ? -1L : 0L;
    }
    return Numbers.normalize(base.shiftRight(count.intValue()));
  }

  static Object and(Object a, Object b) {
    if (small(a) && small(b)) {
      return Numbers.smallInt(a) & Numbers.smallInt(b);
    }
    return Numbers.normalize(Numbers.toBig(a).and(Numbers.toBig(b)));
  }

  static Object or(Object a, Object b) {
    if (small(a) && small(b)) {
      return Numbers.smallInt(a) | Numbers.smallInt(b);
    }
    return Numbers.normalize(Numbers.toBig(a).or(Numbers.toBig(b)));
  }

  static Object xor(Object a, Object b) {
    if (small(a) && small(b)) {
      return Numbers.smallInt(a) ^ Numbers.smallInt(b);
    }
    return Numbers.normalize(Numbers.toBig(a).xor(Numbers.toBig(b)));
  }

  /** Compares two ints. */
  static int compare(Object a, Object b) {
    if (small(a) && small(b)) {
      return Long.compare(Numbers.smallInt(a), Numbers.smallInt(b));
    }
    return Numbers.toBig(a).compareTo(Numbers.toBig(b));
  }
}
