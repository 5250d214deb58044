package org.pygen.modules.itertools;

import org.pygen.runtime.Numbers;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.ThreadState;

/**
 * {@code permutations(iterable, r=None)}: every ordering of {@code r} items of the pool, in
 * lexicographic order of positions. The pool is read up front, as in CPython.
 */
final class Permutations extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("permutations", Permutations::create);

  private final Object[] pool;
  private final int r;

  /** A permutation of all pool positions; the first r are the current result. */
  private final int[] indices;

  /** cycles[i]: how many more choices position i has before it wraps around. */
  private final int[] cycles;

  private boolean started;
  private boolean stopped;

  private Permutations(Object[] pool, int r) {
    super(TYPE);
    int n = pool.length;
    this.pool = pool;
    this.r = r;
    this.stopped = r > n;
    this.indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    this.cycles = new int[stopped ? 0 : r];
    for (int i = 0; i < cycles.length; i++) {
      cycles[i] = n - i;
    }
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("permutations", args, kwNames, 2, 1, "iterable", "r");
    Object[] pool = Ops.toArray(ts, a[0]);
    long r = pool.length;
    if (a[1] != null && a[1] != PyNone.NONE) {
      if (!Numbers.isInt(a[1])) {
        throw PyException.typeError("Expected int as r");
      }
      r = Params.ssize(a[1]);
    }
    if (r < 0) {
      throw PyException.valueError("r must be non-negative");
    }
    return new Permutations(pool, Pools.length(r));
  }

  // Synchronized: the index arrays must not be advanced by two threads at once; no script code
  // runs here.
  @Override
  public synchronized Object next(ThreadState ts) {
    if (stopped) {
      return DONE;
    }
    if (!started) {
      started = true;
      return Pools.pick(pool, indices, r);
    }
    int n = pool.length;
    for (int i = r - 1; i >= 0; i--) {
      if (--cycles[i] == 0) {
        // Position i has tried every remaining item: rotate it to the end and reset its cycle.
        int first = indices[i];
        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
        indices[n - 1] = first;
        cycles[i] = n - i;
      } else {
        int j = n - cycles[i];
        int swap = indices[i];
        indices[i] = indices[j];
        indices[j] = swap;
        return Pools.pick(pool, indices, r);
      }
    }
    stopped = true;
    return DONE;
  }
}
