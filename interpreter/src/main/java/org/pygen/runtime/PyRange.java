package org.pygen.runtime;

import java.math.BigInteger;

/**
 * Python's {@code range}: a lazy arithmetic sequence. Bounds are limited to 64 bits (a documented
 * difference from CPython, which also allows big ints); the length must fit in a long.
 */
public final class PyRange implements PyObjectTyped {
  private final long start;
  private final long stop;
  private final long step;
  private final long length;

  /** {@code range(start, stop, step)}; ValueError for a zero step. */
  public PyRange(long start, long stop, long step) {
    if (step == 0) {
      throw PyException.valueError("range() arg 3 must not be zero");
    }
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = computeLength(start, stop, step);
  }

  private static long computeLength(long start, long stop, long step) {
    if (step > 0 ? start >= stop : start <= stop) {
      return 0;
    }
    BigInteger span = BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start));
    BigInteger n =
        span.subtract(BigInteger.valueOf(Long.signum(step)))
            .divide(BigInteger.valueOf(step))
            .add(BigInteger.ONE);
    if (n.bitLength() >= 64) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
    }
    return n.longValue();
  }

  /** The first value. */
  public long start() {
    return start;
  }

  /** The bound the values stop before. */
  public long stop() {
    return stop;
  }

  /** The difference between consecutive values (never zero). */
  public long step() {
    return step;
  }

  /** The number of items. */
  public long length() {
    return length;
  }

  @Override
  public String typeName() {
    return "range";
  }

  /** The i-th item for {@code 0 <= i < length()}. */
  long itemAt(long i) {
    return start + i * step;
  }

  /** {@code r[i]} with a Python index. */
  public long getItem(long index) {
    long i = index < 0 ? index + length : index;
    if (i < 0 || i >= length) {
      throw PyException.indexError("range object index out of range");
    }
    return itemAt(i);
  }

  /** {@code r[slice]}: another range. */
  public PyRange getSlice(PySlice slice) {
    long[] ix = slice.indices(length);
    try {
      long newStep = Math.multiplyExact(step, ix[2]);
      long newStart = Math.addExact(start, Math.multiplyExact(ix[0], step));
      long newStop = Math.addExact(start, Math.multiplyExact(ix[1], step));
      return new PyRange(newStart, newStop, newStep);
    } catch (ArithmeticException e) {
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "Python int too large to convert to C long");
    }
  }

  /** Whether the int {@code v} is one of the items (constant time). */
  public boolean containsInt(long v) {
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
      return false;
    }
    return Math.floorMod(v - start, Math.abs(step)) == 0;
  }

  /** {@code x in r}: arithmetic for ints, item by item for anything else (as CPython). */
  public boolean contains(Object o) {
    if (o instanceof Long || o instanceof Boolean) {
      return containsInt(Numbers.smallInt(o));
    }
    if (o instanceof BigInteger) {
      return false;
    }
    for (long i = 0; i < length; i++) {
      if (Ops.eq(itemAt(i), o)) {
        return true;
      }
    }
    return false;
  }

  /** The position of {@code o}; ValueError when absent. */
  public long index(Object o) {
    if ((o instanceof Long || o instanceof Boolean) && containsInt(Numbers.smallInt(o))) {
      return (Numbers.smallInt(o) - start) / step;
    }
    for (long i = 0; i < length; i++) {
      if (Ops.eq(itemAt(i), o)) {
        return i;
      }
    }
    throw PyException.valueError(Ops.repr(o) + " is not in range");
  }

  /** An iterator over the items. */
  PyIterator iterator() {
    return new RangeIterator(start, step, length);
  }

  /** An iterator over the items in reverse order. */
  PyIterator reverseIterator() {
    return new RangeIterator(start + (length - 1) * step, -step, length);
  }

  /** Walks an arithmetic progression; used by one thread at a time like any iterator. */
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PyRange r)) {
      return false;
    }
    if (length != r.length) {
      return false;
    }
    if (length == 0) {
      return true;
    }
    return start == r.start && (length == 1 || step == r.step);
  }

  @Override
  public int hashCode() {
    return (int) Ops.hash(this);
  }

  @Override
  public String toString() {
    return step == 1
        ? "range(" + start + ", " + stop + ")"
        : "range(" + start + ", " + stop + ", " + step + ")";
  }
}
