package org.pygen.modules.itertools;

import java.util.Arrays;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.ThreadState;

/**
 * {@code combinations_with_replacement(iterable, r)}: every choice of {@code r} items of the pool
 * in pool order, an item may be chosen again. The pool is read up front, as in CPython.
 */
final class CombinationsWithReplacement extends ItertoolsIterator {
  static final ItertoolsType TYPE =
      new ItertoolsType("combinations_with_replacement", CombinationsWithReplacement::create);

  private final Object[] pool;

  /** Non-decreasing pool positions: the current result. */
  private final int[] indices;

  private boolean started;
  private boolean stopped;

  private CombinationsWithReplacement(Object[] pool, int r) {
    super(TYPE);
    this.pool = pool;
    this.stopped = pool.length == 0 && r > 0;
    this.indices = new int[stopped ? 0 : r];
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    String name = "combinations_with_replacement";
    Object[] a = Params.bind(name, args, kwNames, 2, 2, "iterable", "r");
    long r = Params.ssize(a[1]);
    Object[] pool = Ops.toArray(ts, a[0]);
    if (r < 0) {
      throw PyException.valueError("r must be non-negative");
    }
    if (r > Pools.MAX_LENGTH && pool.length > 0) {
      throw Pools.tooLong();
    }
    return new CombinationsWithReplacement(pool, Pools.length(r));
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
      int last = pool.length - 1;
      // The rightmost position not yet at the last pool item.
      int i = r - 1;
      while (i >= 0 && indices[i] == last) {
        i--;
      }
      if (i < 0) {
        stopped = true;
        return DONE;
      }
      Arrays.fill(indices, i, r, indices[i] + 1);
    }
    started = true;
    return Pools.pick(pool, indices, r);
  }
}
