package org.pygen.runtime;

import java.math.BigInteger;

/**
 * CPython-compatible hashes. Numbers use CPython's modular scheme (modulus 2**61 - 1), so equal
 * ints, floats and bools hash alike and {@code hash(x)} matches CPython for numbers and tuples of
 * numbers. Strings use Java's hash (CPython randomises string hashes anyway).
 */
final class Hashing {
  private static final int BITS = 61;
  private static final long MODULUS = (1L << BITS) - 1;
  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
  private static final long INF_HASH = 314159;

  private Hashing() {}

  static long hashLong(long v) {
    if (v >= 0 && v < MODULUS) {
      return v;
    }
    if (v == Long.MIN_VALUE) {
      return hashBig(BigInteger.valueOf(v));
    }
    long h = Math.abs(v) % MODULUS;
    if (v < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  static long hashBig(BigInteger v) {
    long h = v.abs().mod(BIG_MODULUS).longValue();
    if (v.signum() < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  /** CPython's _Py_HashDouble. */
  static long hashDouble(double v, Object identity) {
    if (Double.isNaN(v)) {
      return System.identityHashCode(identity);
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? INF_HASH : -INF_HASH;
    }
    if (v == 0.0) {
      return 0;
    }
    int sign = 1;
    double m = v;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    // frexp: m = mantissa * 2**e with mantissa in [0.5, 1).
    int e = Math.getExponent(m);
    if (e == Double.MIN_EXPONENT - 1) { // subnormal
      m *= 0x1p54;
      e = Math.getExponent(m) - 54;
      m = m / Math.scalb(1.0, Math.getExponent(m) + 1);
    } else {
      m = m / Math.scalb(1.0, e + 1);
    }
    e += 1;
    long x = 0;
    while (m != 0.0) {
      x = ((x << 28) & MODULUS) | (x >>> (BITS - 28));
      m *= 268435456.0; // 2**28
      e -= 28;
      long y = (long) m;
      m -= y;
      x += y;
      if (x >= MODULUS) {
        x -= MODULUS;
      }
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
    x = ((x << e) & MODULUS) | (x >>> (BITS - e));
    x = x * sign;
    return x == -1 ? -2 : x;
  }

  /** CPython's tuple hash (the xxHash-based one from 3.8). */
  static long hashTuple(Object[] items) {
    final long prime1 = 0x9E3779B185EBCA87L;
    final long prime2 = 0xC2B2AE3D27D4EB4FL;
    final long prime5 = 0x27D4EB2F165667C5L;
    long acc = prime5;
    for (Object item : items) {
      long lane = Ops.hash(item);
      acc += lane * prime2;
      acc = Long.rotateLeft(acc, 31);
      acc *= prime1;
    }
    acc += items.length ^ (prime5 ^ 3527539L);
    return acc == -1 ? 1546275796 : acc;
  }

  /** CPython's frozenset hash: order independent. */
  static long hashFrozenSet(Object[] items) {
    long hash = 0;
    for (Object item : items) {
      long h = Ops.hash(item);
      hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
    hash ^= (items.length + 1L) * 1927868237L;
    hash ^= (hash >>> 11) ^ (hash >>> 25);
    hash = hash * 69069L + 907133923L;
    return hash == -1 ? 590923713L : hash;
  }

  static long hashSlow(Object o) {
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof Double d) {
      return hashDouble(d, o);
    }
    if (o instanceof BigInteger b) {
      return hashBig(b);
    }
    if (o instanceof PyTuple t) {
      return hashTuple(t.items());
    }
    if (o instanceof PyRange r) {
      Object length = r.lengthValue();
      if (r.isEmpty()) {
        return hashTuple(new Object[] {0L, PyNone.NONE, PyNone.NONE});
      }
      if (Ops.eq(length, 1L)) {
        return hashTuple(new Object[] {1L, r.start(), PyNone.NONE});
      }
      return hashTuple(new Object[] {length, r.start(), r.step()});
    }
    if (o instanceof PySet s && s.isFrozen()) {
      return hashFrozenSet(s.toArray());
    }
    if (o instanceof PyList || o instanceof PyDict || o instanceof PySet
        || o instanceof PySlice || o instanceof PyDictView) {
      throw PyException.typeError("unhashable type: '" + Ops.typeName(o) + "'");
    }
    if (o == PyNone.NONE) {
      return 0x5f3759dfL;
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.hash(o);
    }
    return o.hashCode();
  }
}
