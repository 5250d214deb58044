package org.pygen.modules.random;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pygen.modules.math.MathArgs;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBytes;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRange;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * The sequence methods of {@code random.Random}: {@code choice}, {@code shuffle}, {@code sample}
 * and {@code choices}, drawing in exactly the order CPython 3.11's {@code random.py} draws, so a
 * seeded generator picks the same items. Sequences are read and written through the ordinary
 * item protocol, so they work on any sequence CPython's would.
 */
final class Sampling {
  private static final MethodSignature CHOICE = MethodSignature.of("Random.choice", 1, "seq");
  private static final MethodSignature SHUFFLE = MethodSignature.of("Random.shuffle", 1, "x");
  private static final MethodSignature SAMPLE =
      new MethodSignature("Random.sample", 2, new String[] {"population", "k"}, "counts");
  private static final MethodSignature CHOICES =
      new MethodSignature(
          "Random.choices", 1, new String[] {"population", "weights"}, "cum_weights", "k");

  private Sampling() {}

  static Object choice(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object seq = CHOICE.bind(args, kw)[0];
    long n = Ops.len(seq);
    if (n == 0) {
      throw PyException.indexError("Cannot choose from an empty sequence");
    }
    return Ops.getItem(seq, RandomMethods.randbelow((PyRandom) self, n));
  }

  /** Fisher-Yates from the end, as CPython shuffles: swap item i with a random j <= i. */
  static Object shuffle(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object x = SHUFFLE.bind(args, kw)[0];
    PyRandom r = (PyRandom) self;
    long n = Ops.len(x);
    if (ts.guardsOperations()) {
      ts.charge(n);
    }
    for (long i = n - 1; i > 0; i--) {
      Object j = RandomMethods.randbelow(r, i + 1);
      Object itemJ = Ops.getItem(x, j);
      Object itemI = Ops.getItem(x, i);
      Ops.setItem(ts, x, i, itemJ);
      Ops.setItem(ts, x, j, itemI);
    }
    return PyNone.NONE;
  }

  static Object sample(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = SAMPLE.bind(args, kw);
    return sample(ts, (PyRandom) self, a[0], a[1], a[2] == null ? PyNone.NONE : a[2]);
  }

  private static PyList sample(
      ThreadState ts, PyRandom r, Object population, Object k, Object counts) {
    if (!isSequence(population)) {
      throw PyException.typeError(
          "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    long n = Ops.len(population);
    if (counts != PyNone.NONE) {
      Object[] cumulative = accumulate(ts, counts);
      if (cumulative.length != n) {
        throw PyException.valueError("The number of counts does not match the population");
      }
      if (cumulative.length == 0) {
        throw PyException.indexError("pop from empty list");
      }
      Object total = cumulative[cumulative.length - 1];
      PyList cumCounts = PyList.of(Arrays.copyOf(cumulative, cumulative.length - 1));
      if (!Ints.isInt(total)) {
        throw PyException.typeError("Counts must be integers");
      }
      if (Ops.le(total, 0L)) {
        throw PyException.valueError("Total of counts must be greater than zero");
      }
      PyList selections = sample(ts, r, PyRange.of(0L, total, 1L), k, PyNone.NONE);
      Object[] result = selections.toArray();
      for (int i = 0; i < result.length; i++) {
        result[i] = Ops.getItem(population, bisectRight(cumCounts, result[i], 0, cumCounts.size()));
      }
      return PyList.of(result);
    }
    if (!Ops.le(0L, k) || !Ops.le(k, n)) {
      throw PyException.valueError("Sample larger than population or is negative");
    }
    if (Ints.indexOrNull(ts, k) == null) {
      throw PyException.typeError(
          "can't multiply sequence by non-int of type '" + Ops.typeName(k) + "'");
    }
    int count = (int) Ints.toLong(ts, k);
    guardList(ts, count);
    Object[] result = new Object[count];
    // CPython picks the method by comparing the population with the size a set of k would have.
    long setSize = 21;
    if (count > 5) {
      setSize += (long) Math.pow(4, Math.ceil(Math.log(count * 3.0) / Math.log(4.0)));
    }
    if (n <= setSize) {
      Object[] pool = Ops.toArray(ts, population);
      for (int i = 0; i < count; i++) {
        int j = (int) (long) (Long) RandomMethods.randbelow(r, n - i);
        result[i] = pool[j];
        pool[j] = pool[(int) (n - i - 1)];
      }
    } else {
      Set<Object> selected = new HashSet<>();
      for (int i = 0; i < count; i++) {
        Object j = RandomMethods.randbelow(r, n);
        while (selected.contains(j)) {
          j = RandomMethods.randbelow(r, n);
        }
        selected.add(j);
        result[i] = Ops.getItem(population, j);
      }
    }
    return PyList.of(result);
  }

  /** What {@code isinstance(x, collections.abc.Sequence)} accepts among pygen's types. */
  private static boolean isSequence(Object o) {
    return o instanceof PyList
        || o instanceof PyTuple
        || o instanceof String
        || o instanceof PyRange
        || o instanceof PyBytes;
  }

  static Object choices(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = CHOICES.bind(args, kw);
    PyRandom r = (PyRandom) self;
    Object population = a[0];
    Object weights = a[1] == null ? PyNone.NONE : a[1];
    Object cumWeights = a[2] == null ? PyNone.NONE : a[2];
    Object k = a[3] == null ? (Object) 1L : a[3];
    long n = Ops.len(population);
    if (cumWeights == PyNone.NONE) {
      if (weights == PyNone.NONE) {
        double size = n;
        long count = repeatCount(ts, k);
        guardList(ts, count);
        List<Object> result = new ArrayList<>();
        for (long i = 0; i < count; i++) {
          long index = (long) Math.floor(r.bits().nextDouble() * size);
          result.add(Ops.getItem(population, index));
        }
        return PyList.fromList(result);
      }
      try {
        cumWeights = PyList.of(accumulate(ts, weights));
      } catch (PyException e) {
        if (e.isInstance(PyExceptionType.TYPE_ERROR) && Ints.isInt(weights)) {
          throw PyException.typeError(
              "The number of choices must be a keyword argument: k=" + Ops.repr(weights));
        }
        throw e;
      }
    } else if (weights != PyNone.NONE) {
      throw PyException.typeError("Cannot specify both weights and cumulative weights");
    }
    if (Ops.len(cumWeights) != n) {
      throw PyException.valueError("The number of weights does not match the population");
    }
    Object total = Ops.add(Ops.getItem(cumWeights, -1L), 0.0);
    if (Ops.le(total, 0.0)) {
      throw PyException.valueError("Total of weights must be greater than zero");
    }
    if (!Double.isFinite(MathArgs.toDouble(ts, total))) {
      throw PyException.valueError("Total of weights must be finite");
    }
    long hi = n - 1;
    long count = repeatCount(ts, k);
    guardList(ts, count);
    List<Object> result = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      Object x = Ops.mul(r.bits().nextDouble(), total);
      result.add(Ops.getItem(population, bisectRight(cumWeights, x, 0, hi)));
    }
    return PyList.fromList(result);
  }

  /** The count {@code itertools.repeat(None, k)} repeats: an int, none if negative. */
  private static long repeatCount(ThreadState ts, Object k) {
    return Math.max(0, Ints.toLong(ts, k));
  }

  /**
   * Under an embedding's limits, refuses a result list too big for the size limit and charges one
   * step per item drawn, as a loop in the script would be charged.
   */
  private static void guardList(ThreadState ts, long count) {
    if (ts.guardsOperations()) {
      ts.checkSize(8 * count);
      ts.charge(count);
    }
  }

  /** {@code list(itertools.accumulate(iterable))}: running sums, added left to right. */
  private static Object[] accumulate(ThreadState ts, Object iterable) {
    PyIterator it = Ops.iter(ts, iterable);
    List<Object> sums = new ArrayList<>();
    Object total = null;
    for (Object item = it.next(ts); item != PyIterator.DONE; item = it.next(ts)) {
      total = total == null ? item : Ops.add(total, item);
      sums.add(total);
    }
    return sums.toArray();
  }

  /** {@code bisect.bisect_right(a, x, lo, hi)}, comparing with {@code x < a[mid]}. */
  private static long bisectRight(Object a, Object x, long lo, long hi) {
    while (lo < hi) {
      long mid = (lo + hi) / 2;
      if (Ops.lt(x, Ops.getItem(a, mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
