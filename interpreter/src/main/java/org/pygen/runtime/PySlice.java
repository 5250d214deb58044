package org.pygen.runtime;

import java.math.BigInteger;

/** Python's {@code slice(start, stop, step)}: each part an int or None. Immutable. */
public final class PySlice implements PyObjectTyped, HasAttributes {
  private final Object start;
  private final Object stop;
  private final Object step;

  public PySlice(Object start, Object stop, Object step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** The start part: an int or None. */
  public Object start() {
    return start;
  }

  /** The stop part: an int or None. */
  public Object stop() {
    return stop;
  }

  /** The step part: an int or None. */
  public Object step() {
    return step;
  }

  /**
   * Resolves the slice against a sequence of {@code length} items exactly as CPython's {@code
   * slice.indices} plus the slice length do: returns {start, stop, step, count}. Raises
   * ValueError for a zero step and TypeError for non-integer parts.
   */
  public long[] indices(long length) {
    long st = step == PyNone.NONE ? 1 : clampedIndex(step);
    if (st == 0) {
      throw PyException.valueError("slice step cannot be zero");
    }
    // CPython clamps the step to -PY_SSIZE_T_MAX so that negating it cannot overflow.
    if (st < -Long.MAX_VALUE) {
      st = -Long.MAX_VALUE;
    }
    long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clampedIndex(start);
    long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clampedIndex(stop);
    lo = adjust(lo, length, st);
    hi = adjust(hi, length, st);
    long count;
    if (st < 0) {
      count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    } else {
      count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    }
    return new long[] {lo, hi, st, count};
  }

  /**
   * The slice resolved against a length of any size, without clamping to 64 bits (CPython's
   * _PySlice_GetLongIndices): returns {start, stop, step}. Used where lengths can be huge
   * (ranges).
   */
  BigInteger[] bigIndices(BigInteger length) {
    BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bigPart(step);
    if (st.signum() == 0) {
      throw PyException.valueError("slice step cannot be zero");
    }
    boolean backwards = st.signum() < 0;
    BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = backwards ? length.add(lower) : length;
    BigInteger lo = start == PyNone.NONE ? (backwards ? upper : lower)
        : clamp(bigPart(start), length, lower, upper);
    BigInteger hi = stop == PyNone.NONE ? (backwards ? lower : upper)
        : clamp(bigPart(stop), length, lower, upper);
    return new BigInteger[] {lo, hi, st};
  }

  private static BigInteger clamp(
      BigInteger index, BigInteger length, BigInteger lower, BigInteger upper) {
    if (index.signum() < 0) {
      index = index.add(length);
      return index.compareTo(lower) < 0 ? lower : index;
    }
    return index.compareTo(upper) > 0 ? upper : index;
  }

  private static BigInteger bigPart(Object o) {
    if (!Numbers.isInt(o)) {
      throw PyException.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return Numbers.toBig(o);
  }

  private static long adjust(long index, long length, long step) {
    if (index < 0) {
      index += length;
      if (index < 0) {
        index = step < 0 ? -1 : 0;
      }
    } else if (index >= length) {
      index = step < 0 ? length - 1 : length;
    }
    return index;
  }

  /** An int slice part, with big ints clamped to the long range as CPython clamps to ssize_t. */
  private static long clampedIndex(Object o) {
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof BigInteger big) {
      return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    throw PyException.typeError(
        "slice indices must be integers or None or have an __index__ method");
  }

  /** {@code s.indices(length)}: the (start, stop, step) a sequence of that length would use. */
  private PyTuple indicesTuple(Object length) {
    if (!Numbers.isInt(length)) {
      throw PyException.typeError(
          "'" + Ops.typeName(length) + "' object cannot be interpreted as an integer");
    }
    BigInteger n = Numbers.toBig(length);
    if (n.signum() < 0) {
      throw PyException.valueError("length should not be negative");
    }
    BigInteger[] ix = bigIndices(n);
    return PyTuple.of(
        Numbers.normalize(ix[0]), Numbers.normalize(ix[1]), Numbers.normalize(ix[2]));
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "start":
        return start;
      case "stop":
        return stop;
      case "step":
        return step;
      case "indices":
        return new PyBuiltinMethod(
            this,
            name,
            (ts2, self, args, kw) ->
                ((PySlice) self).indicesTuple(Args.exactlyOne("slice.indices", args, kw)));
      default:
        return null;
    }
  }

  @Override
  public void setAttribute(ThreadState ts, String name, Object value) {
    if (name.equals("start") || name.equals("stop") || name.equals("step")) {
      throw PyException.attributeError("readonly attribute");
    }
    HasAttributes.super.setAttribute(ts, name, value);
  }

  @Override
  public String typeName() {
    return "slice";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PySlice s
        && Ops.eq(start, s.start)
        && Ops.eq(stop, s.stop)
        && Ops.eq(step, s.step);
  }

  @Override
  public int hashCode() {
    return 0; // slices are unhashable in Python 3.11; Ops.hash refuses them before this is used
  }

  @Override
  public String toString() {
    return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
  }
}
