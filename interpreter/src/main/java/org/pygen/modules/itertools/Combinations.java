package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.ThreadState;

/**
 * {@code combinations(iterable, r)}: every choice of {@code r} items of the pool in pool order,
 * without repeats. The pool is read up front, as in CPython.
 */
final class Combinations extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("combinations", Combinations::create);

  private final Object[] pool;

  /** Increasing pool positions: the current result. */
  private final int[] indices;

  private boolean started;
  private boolean stopped;

  private Combinations(Object[] pool, int r) {
    super(TYPE);
    this.pool = pool;
    this.stopped = r > pool.length;
    this.indices = new int[stopped ? 0 : r];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = i;
    }
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("combinations", args, kwNames, 2, 2, "iterable", "r");
    long r = Params.ssize(a[1]);
    Object[] pool = Ops.toArray(ts, a[0]);
    if (r < 0) {
      throw PyException.valueError("r must be non-negative");
    }
    return new Combinations(pool, Pools.length(r));
  }

  // Synchronized: the index array must not be advanced by two threads at once; no script code
  // runs here.
  @Override
  public synchronized Object next(ThreadState ts) {
    if (stopped) {
      return DONE;
    }
    int r = indices.length;
    if (started) {
      int n = pool.length;
      // The rightmost position that can still move right.
      int i = r - 1;
      while (i >= 0 && indices[i] == i + n - r) {
        i--;
      }
      if (i < 0) {
        stopped = true;
        return DONE;
      }
      indices[i]++;
      for (int j = i + 1; j < r; j++) {
        indices[j] = indices[j - 1] + 1;
      }
    }
    started = true;
    return Pools.pick(pool, indices, r);
  }
}
