package org.pygen.modules.random;

import java.math.BigInteger;
import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBaseException;
import org.pygen.runtime.PyBuiltinType;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * The methods of {@code random.Random}: the generator's own ({@code seed}, {@code random}, {@code
 * getrandbits}, {@code getstate}, {@code setstate}, {@code randbytes}) and the integer ones
 * ({@code randrange}, {@code randint}), each following CPython 3.11's {@code random.py} step by
 * step so that the same seed draws the same numbers. The sequence and distribution methods are in
 * {@link Sampling} and {@link Distributions}.
 */
final class RandomMethods {
  /** {@code Random.VERSION}, the version {@code getstate()} writes. */
  static final Long VERSION = 3L;

  private static final MethodSignature SEED =
      MethodSignature.of("Random.seed", 0, "a", "version");
  private static final MethodSignature GETSTATE = MethodSignature.of("Random.getstate", 0);
  private static final MethodSignature SETSTATE =
      MethodSignature.of("Random.setstate", 1, "state");
  private static final MethodSignature RANDBYTES = MethodSignature.of("Random.randbytes", 1, "n");
  private static final MethodSignature RANDRANGE =
      MethodSignature.of("Random.randrange", 1, "start", "stop", "step");
  private static final MethodSignature RANDINT = MethodSignature.of("Random.randint", 2, "a", "b");
  private static final BigInteger TWO_TO_32 = BigInteger.ONE.shiftLeft(32);

  /** Every method, by name; immutable, shared by all instances of all interpreters. */
  static final Map<String, BuiltinMethod> TABLE =
      Map.ofEntries(
          Map.entry("seed", RandomMethods::seed),
          Map.entry("random", RandomMethods::random),
          Map.entry("getrandbits", RandomMethods::getrandbits),
          Map.entry("getstate", RandomMethods::getstate),
          Map.entry("setstate", RandomMethods::setstate),
          Map.entry("randbytes", RandomMethods::randbytes),
          Map.entry("randrange", RandomMethods::randrange),
          Map.entry("randint", RandomMethods::randint),
          Map.entry("choice", Sampling::choice),
          Map.entry("shuffle", Sampling::shuffle),
          Map.entry("sample", Sampling::sample),
          Map.entry("choices", Sampling::choices),
          Map.entry("uniform", Distributions::uniform),
          Map.entry("triangular", Distributions::triangular),
          Map.entry("normalvariate", Distributions::normalvariate),
          Map.entry("gauss", Distributions::gauss),
          Map.entry("lognormvariate", Distributions::lognormvariate),
          Map.entry("expovariate", Distributions::expovariate),
          Map.entry("vonmisesvariate", Distributions::vonmisesvariate),
          Map.entry("gammavariate", Distributions::gammavariate),
          Map.entry("betavariate", Distributions::betavariate),
          Map.entry("paretovariate", Distributions::paretovariate),
          Map.entry("weibullvariate", Distributions::weibullvariate));

  private RandomMethods() {}

  static Object seed(ThreadState ts, Object self, Object[] args, String[] kw) {
    if (((PyRandom) self).isSystem()) {
      return PyNone.NONE; // SystemRandom.seed(*args, **kwds) is a stub
    }
    Object[] a = SEED.bind(args, kw);
    seed((PyRandom) self, a[0] == null ? PyNone.NONE : a[0], a[1] == null ? (Object) 2L : a[1]);
    return PyNone.NONE;
  }

  /** {@code seed(a, version)}, also what constructing a Random does. */
  static void seed(PyRandom r, Object a, Object version) {
    if (!r.isSystem()) {
      r.twister().seed(SeedMaterial.keyFor(a, version));
    }
    r.setGaussNext(PyNone.NONE);
  }

  static Object random(ThreadState ts, Object self, Object[] args, String[] kw) {
    noKeywords("random", kw);
    if (args.length != 0) {
      throw PyException.typeError(
          "Random.random() takes no arguments (" + args.length + " given)");
    }
    return ((PyRandom) self).bits().nextDouble();
  }

  static Object getrandbits(ThreadState ts, Object self, Object[] args, String[] kw) {
    noKeywords("getrandbits", kw);
    if (args.length != 1) {
      throw PyException.typeError(
          "Random.getrandbits() takes exactly one argument (" + args.length + " given)");
    }
    int k = bitCount(ts, args[0]);
    guardBits(ts, k);
    return getrandbits((PyRandom) self, k);
  }

  /** Under an embedding's limits, sizes a k-bit result before it is drawn. */
  private static void guardBits(ThreadState ts, long k) {
    if (ts.guardsOperations()) {
      ts.checkSize(k / 8);
      ts.charge(k / 512);
    }
  }

  /** {@code getrandbits(k)} as a Python int. */
  static Object getrandbits(PyRandom r, int k) {
    if (k < 0) {
      throw PyException.valueError("number of bits must be non-negative");
    }
    if (k < 64) {
      return r.bits().nextBits(k);
    }
    return Numbers.normalize(r.bits().nextBigBits(k));
  }

  /** A bit count as a C int, as {@code getrandbits}'s argument converter takes it. */
  private static int bitCount(ThreadState ts, Object k) {
    Object index = Ints.index(ts, k);
    if (index instanceof BigInteger || (Long) index > Integer.MAX_VALUE
        || (Long) index < Integer.MIN_VALUE) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C int");
    }
    return (int) (long) (Long) index;
  }

  static Object getstate(ThreadState ts, Object self, Object[] args, String[] kw) {
    PyRandom r = (PyRandom) self;
    refuseSystem(r);
    GETSTATE.bind(args, kw);
    long[] state = r.twister().state();
    Object[] words = new Object[state.length];
    for (int i = 0; i < state.length; i++) {
      words[i] = state[i];
    }
    return PyTuple.of(VERSION, PyTuple.of(words), r.gaussNext());
  }

  static Object setstate(ThreadState ts, Object self, Object[] args, String[] kw) {
    PyRandom r = (PyRandom) self;
    refuseSystem(r);
    Object state = SETSTATE.bind(args, kw)[0];
    Object version = Ops.getItem(state, 0L);
    if (Ops.eq(version, 3L) || Ops.eq(version, 2L)) {
      Object[] parts = Ops.toArray(ts, state);
      if (parts.length != 3) {
        throw PyException.valueError(
            parts.length > 3
                ? "too many values to unpack (expected 3)"
                : "not enough values to unpack (expected 3, got " + parts.length + ")");
      }
      r.setGaussNext(parts[2]);
      Object internal = parts[1];
      if (Ops.eq(version, 2L)) {
        // Version 2 states were saved with signed words.
        Object[] words = Ops.toArray(ts, internal);
        for (int i = 0; i < words.length; i++) {
          words[i] = Ops.mod(words[i], Numbers.normalize(TWO_TO_32));
        }
        internal = PyTuple.of(words);
      }
      restore(r, internal);
      return PyNone.NONE;
    }
    throw PyException.valueError(
        "state with version " + Ops.str(version) + " passed to Random.setstate() of version 3");
  }

  /** The C half of setstate: 624 words and a position, checked as CPython checks them. */
  private static void restore(PyRandom r, Object internal) {
    if (!(internal instanceof PyTuple tuple)) {
      throw PyException.typeError("state vector must be a tuple");
    }
    if (tuple.size() != MersenneTwister.N + 1) {
      throw PyException.valueError("state vector is the wrong size");
    }
    int[] words = new int[MersenneTwister.N];
    for (int i = 0; i < MersenneTwister.N; i++) {
      words[i] = (int) unsignedLong(tuple.get(i));
    }
    Object last = tuple.get(MersenneTwister.N);
    if (!Numbers.isInt(last)) {
      throw PyException.typeError(
          "'" + Ops.typeName(last) + "' object cannot be interpreted as an integer");
    }
    BigInteger position = Numbers.toBig(last);
    if (position.signum() < 0 || position.compareTo(BigInteger.valueOf(MersenneTwister.N)) > 0) {
      throw PyException.valueError("invalid state");
    }
    r.twister().restore(words, position.intValue());
  }

  /** An int as a C unsigned long, as {@code PyLong_AsUnsignedLong} converts it. */
  private static long unsignedLong(Object o) {
    if (!Numbers.isInt(o)) {
      throw PyException.typeError("an integer is required");
    }
    BigInteger b = Numbers.toBig(o);
    if (b.signum() < 0) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
    }
    if (b.bitLength() > 64) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
    }
    return b.longValue();
  }

  static Object randbytes(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object n = RANDBYTES.bind(args, kw)[0];
    if (((PyRandom) self).bits() instanceof SystemRandomBits system) {
      long count = Ints.toLong(ts, n);
      if (count < 0) {
        throw PyException.valueError("negative argument not allowed");
      }
      guardBits(ts, 8 * count);
      if (count > Integer.MAX_VALUE - 8) {
        throw new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
      }
      return PyBytes.of(system.bytes((int) count));
    }
    int k = bitCount(ts, Ops.mul(n, 8L));
    guardBits(ts, k);
    Object bits = getrandbits((PyRandom) self, k);
    int count = (int) Ints.toLong(ts, n);
    BigInteger value = Numbers.toBig(bits);
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = value.shiftRight(8 * i).byteValue();
    }
    return PyBytes.of(bytes);
  }

  static Object randrange(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = RANDRANGE.bind(args, kw);
    return randrange(ts, (PyRandom) self, a[0], a[1] == null ? PyNone.NONE : a[1], a[2]);
  }

  static Object randint(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = RANDINT.bind(args, kw);
    return randrange(ts, (PyRandom) self, a[0], Ops.add(a[1], 1L), null);
  }

  /**
   * {@code randrange(start, stop=None, step=1)}; {@code step} is Java null when not given, which
   * CPython tells apart from an explicit step by identity with its cached 1.
   */
  static Object randrange(ThreadState ts, PyRandom r, Object start, Object stop, Object step) {
    Object istart = integral(ts, start, "non-integer arg 1 for randrange()");
    if (stop == PyNone.NONE) {
      if (step != null && !(step instanceof Long l && l == 1L)) {
        throw PyException.typeError("Missing a non-None stop argument");
      }
      if (Ops.gt(istart, 0L)) {
        return randbelow(r, istart);
      }
      throw PyException.valueError("empty range for randrange()");
    }
    Object istop = integral(ts, stop, "non-integer stop for randrange()");
    Object width = Ops.sub(istop, istart);
    Object istep =
        step == null ? (Object) 1L : integral(ts, step, "non-integer step for randrange()");
    if (Ops.eq(istep, 1L)) {
      if (Ops.gt(width, 0L)) {
        return Ops.add(istart, randbelow(r, width));
      }
      throw PyException.valueError(
          "empty range for randrange() ("
              + Ops.str(istart)
              + ", "
              + Ops.str(istop)
              + ", "
              + Ops.str(width)
              + ")");
    }
    Object n;
    if (Ops.gt(istep, 0L)) {
      n = Ops.floordiv(Ops.sub(Ops.add(width, istep), 1L), istep);
    } else if (Ops.lt(istep, 0L)) {
      n = Ops.floordiv(Ops.add(Ops.add(width, istep), 1L), istep);
    } else {
      throw PyException.valueError("zero step for randrange()");
    }
    if (Ops.le(n, 0L)) {
      throw PyException.valueError("empty range for randrange()");
    }
    return Ops.add(istart, Ops.mul(istep, randbelow(r, n)));
  }

  /**
   * A randrange argument as an int: {@code operator.index}, or else {@code int(x)} if that equals
   * x (CPython also warns that this is deprecated), or else the ValueError given.
   */
  private static Object integral(ThreadState ts, Object x, String notIntegral) {
    Object index = Ints.indexOrNull(ts, x);
    if (index != null) {
      return index;
    }
    Object converted = PyBuiltinType.INT.call(ts, new Object[] {x}, null);
    if (Ops.ne(converted, x)) {
      throw PyException.valueError(notIntegral);
    }
    return converted;
  }

  /**
   * A random int in [0, n) for an int n > 0: draws {@code n.bit_length()} bits until they are
   * below n, as {@code _randbelow_with_getrandbits} does.
   */
  static Object randbelow(PyRandom r, Object n) {
    RandomBits g = r.bits();
    if (n instanceof Long limit) {
      int k = 64 - Long.numberOfLeadingZeros(limit);
      long value = g.nextBits(k);
      while (value >= limit) {
        value = g.nextBits(k);
      }
      return value;
    }
    BigInteger limit = Numbers.toBig(n);
    int k = limit.bitLength();
    BigInteger value = g.nextBigBits(k);
    while (value.compareTo(limit) >= 0) {
      value = g.nextBigBits(k);
    }
    return Numbers.normalize(value);
  }

  /** SystemRandom has no state to save or restore. */
  private static void refuseSystem(PyRandom r) {
    if (r.isSystem()) {
      throw PyException.of(
          PyExceptionType.NOT_IMPLEMENTED_ERROR, "System entropy source does not have state.");
    }
  }

  private static void noKeywords(String method, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw PyException.typeError("Random." + method + "() takes no keyword arguments");
    }
  }
}
