package org.pygen.runtime;

import java.math.BigInteger;

/**
 * Python's {@code range}: a lazy arithmetic sequence. Bounds may be any ints; ranges whose
 * bounds and length fit in a long (nearly all) keep long copies for the fast paths, the rest
 * work in BigInteger. As in CPython, {@code len()} of a range longer than 2**63 - 1 raises
 * OverflowError while indexing, slicing and {@code in} still work.
 */
public final class PyRange implements PyObjectTyped {
  private final BigInteger start;
  private final BigInteger stop;
  private final BigInteger step;
  private final BigInteger length;
  // True when start, stop, step and length all fit in a long; the fields below are valid then.
  private final boolean small;
  private final long smallStart;
  private final long smallStep;
  private final long smallLength;

  /** {@code range(start, stop, step)}; ValueError for a zero step. */
  public PyRange(long start, long stop, long step) {
    this(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
  }

  private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
    if (step.signum() == 0) {
      throw PyException.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = computeLength(start, stop, step);
    this.small = fits(start) && fits(stop) && fits(step) && fits(length);
    this.smallStart = start.longValue();
    this.smallStep = step.longValue();
    this.smallLength = length.longValue();
  }

  /** {@code range(start, stop, step)} from Python ints (Long, BigInteger or Boolean). */
  public static PyRange of(Object start, Object stop, Object step) {
    return new PyRange(Numbers.toBig(start), Numbers.toBig(stop), Numbers.toBig(step));
  }

  private static boolean fits(BigInteger b) {
    return b.bitLength() < 64;
  }

  private static BigInteger computeLength(BigInteger start, BigInteger stop, BigInteger step) {
    int cmp = start.compareTo(stop);
    if (step.signum() > 0 ? cmp >= 0 : cmp <= 0) {
      return BigInteger.ZERO;
    }
    BigInteger span = stop.subtract(start).subtract(BigInteger.valueOf(step.signum()));
    return span.divide(step).add(BigInteger.ONE);
  }

  /** The first value. */
  public Object start() {
    return Numbers.normalize(start);
  }

  /** The bound the values stop before. */
  public Object stop() {
    return Numbers.normalize(stop);
  }

  /** The difference between consecutive values (never zero). */
  public Object step() {
    return Numbers.normalize(step);
  }

  /** The number of items; OverflowError beyond 2**63 - 1, as CPython's len() does. */
  public long length() {
    if (!fits(length)) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    return length.longValue();
  }

  /** The number of items as a Python int, however large. */
  public Object lengthValue() {
    return Numbers.normalize(length);
  }

  /** Whether the range has no items. */
  public boolean isEmpty() {
    return length.signum() == 0;
  }

  @Override
  public String typeName() {
    return "range";
  }

  /** The i-th item for {@code 0 <= i < length}. */
  private Object itemAt(BigInteger i) {
    return Numbers.normalize(start.add(i.multiply(step)));
  }

  /** {@code r[i]} with a Python int index. */
  public Object getItem(Object index) {
    if (small && (index instanceof Long || index instanceof Boolean)) {
      long i = Numbers.smallInt(index);
      long j = i < 0 ? i + smallLength : i;
      if (j < 0 || j >= smallLength) {
        throw PyException.indexError("range object index out of range");
      }
      return smallStart + j * smallStep;
    }
    BigInteger i = Numbers.toBig(index);
    if (i.signum() < 0) {
      i = i.add(length);
    }
    if (i.signum() < 0 || i.compareTo(length) >= 0) {
      throw PyException.indexError("range object index out of range");
    }
    return itemAt(i);
  }

  /** {@code r[slice]}: another range, computed exactly as CPython does. */
  public PyRange getSlice(PySlice slice) {
    BigInteger[] ix = slice.bigIndices(length);
    return new PyRange(
        start.add(ix[0].multiply(step)), start.add(ix[1].multiply(step)), step.multiply(ix[2]));
  }

  /** Whether the int {@code v} is one of the items (constant time). */
  private boolean containsInt(BigInteger v) {
    boolean inBounds =
        step.signum() > 0
            ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
            : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
    return inBounds && v.subtract(start).mod(step.abs()).signum() == 0;
  }

  /** {@code x in r}: arithmetic for ints, item by item for anything else (as CPython). */
  public boolean contains(Object o) {
    if (small && (o instanceof Long || o instanceof Boolean)) {
      long v = Numbers.smallInt(o);
      long last = smallStart + (smallLength - 1) * smallStep;
      if (smallLength == 0
          || (smallStep > 0 ? (v < smallStart || v > last) : (v > smallStart || v < last))) {
        return false;
      }
      return Math.floorMod(v - smallStart, Math.abs(smallStep)) == 0;
    }
    if (Numbers.isInt(o)) {
      return containsInt(Numbers.toBig(o));
    }
    return indexBySearch(o) != null;
  }

  /** The position of {@code o} found by comparing items one by one, or null. */
  private BigInteger indexBySearch(Object o) {
    for (BigInteger i = BigInteger.ZERO; i.compareTo(length) < 0; i = i.add(BigInteger.ONE)) {
      if (Ops.eq(itemAt(i), o)) {
        return i;
      }
    }
    return null;
  }

  /** {@code r.index(o)}: the position of {@code o}; ValueError when absent. */
  public Object index(Object o) {
    if (Numbers.isInt(o)) {
      BigInteger v = Numbers.toBig(o);
      if (containsInt(v)) {
        return Numbers.normalize(v.subtract(start).divide(step));
      }
    } else {
      BigInteger i = indexBySearch(o);
      if (i != null) {
        return Numbers.normalize(i);
      }
    }
    throw PyException.valueError(Ops.repr(o) + " is not in range");
  }

  /** {@code r.count(o)}. */
  public long count(Object o) {
    if (Numbers.isInt(o)) {
      return containsInt(Numbers.toBig(o)) ? 1 : 0;
    }
    long n = 0;
    for (BigInteger i = BigInteger.ZERO; i.compareTo(length) < 0; i = i.add(BigInteger.ONE)) {
      if (Ops.eq(itemAt(i), o)) {
        n++;
      }
    }
    return n;
  }

  /** An iterator over the items. */
  PyIterator iterator() {
    if (small) {
      return new RangeIterator(smallStart, smallStep, smallLength);
    }
    return new BigRangeIterator(start, step, length);
  }

  /** An iterator over the items in reverse order. */
  PyIterator reverseIterator() {
    if (small) {
      return new RangeIterator(
          smallStart + (smallLength - 1) * smallStep, -smallStep, smallLength);
    }
    BigInteger last = start.add(length.subtract(BigInteger.ONE).multiply(step));
    return new BigRangeIterator(last, step.negate(), length);
  }

  /** Walks an arithmetic progression of longs. */
  private static final class RangeIterator implements PyIterator, PyObjectTyped {
    private long next;
    private final long step;
    private long remaining;

    RangeIterator(long first, long step, long count) {
      this.next = first;
      this.step = step;
      this.remaining = count;
    }

    @Override
    public Object next(ThreadState ts) {
      ts.step();
      if (remaining <= 0) {
        return DONE;
      }
      remaining--;
      long v = next;
      next += step;
      return v;
    }

    @Override
    public String typeName() {
      return "range_iterator";
    }

    @Override
    public String toString() {
      return "<range_iterator object at " + Ops.addressOf(this) + ">";
    }
  }

  /** Walks an arithmetic progression beyond the long range. */
  private static final class BigRangeIterator implements PyIterator, PyObjectTyped {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    BigRangeIterator(BigInteger first, BigInteger step, BigInteger count) {
      this.next = first;
      this.step = step;
      this.remaining = count;
    }

    @Override
    public Object next(ThreadState ts) {
      ts.step();
      if (remaining.signum() <= 0) {
        return DONE;
      }
      remaining = remaining.subtract(BigInteger.ONE);
      BigInteger v = next;
      next = next.add(step);
      return Numbers.normalize(v);
    }

    @Override
    public String typeName() {
      return "longrange_iterator";
    }

    @Override
    public String toString() {
      return "<longrange_iterator object at " + Ops.addressOf(this) + ">";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PyRange r)) {
      return false;
    }
    if (!length.equals(r.length)) {
      return false;
    }
    if (length.signum() == 0) {
      return true;
    }
    return start.equals(r.start) && (length.equals(BigInteger.ONE) || step.equals(r.step));
  }

  @Override
  public int hashCode() {
    return (int) Ops.hash(this);
  }

  @Override
  public String toString() {
    return step.equals(BigInteger.ONE)
        ? "range(" + start + ", " + stop + ")"
        : "range(" + start + ", " + stop + ", " + step + ")";
  }
}
