package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyExceptionType;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code product(*iterables, repeat=1)}: the Cartesian product, rightmost element advancing
 * fastest, like nested for-loops. The inputs are read into tuples up front, as in CPython.
 */
final class Product extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("product", Product::create);

  private final Object[][] pools;

  /** Null before the first result. */
  private int[] indices;

  private boolean stopped;

  private Product(Object[][] pools) {
    super(TYPE);
    this.pools = pools;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = args.length - nkw;
    long repeat = 1;
    if (nkw > 1) {
      throw PyException.typeError("product() takes at most 1 keyword argument (" + nkw + " given)");
    }
    if (nkw == 1) {
      if (!kwNames[0].equals("repeat")) {
        throw PyException.typeError(
            "'" + kwNames[0] + "' is an invalid keyword argument for product()");
      }
      repeat = Params.ssize(args[npos]);
      if (repeat < 0) {
        throw PyException.valueError("repeat argument cannot be negative");
      }
    }
    // With repeat=0 CPython does not even look at the iterables.
    int nargs = repeat == 0 ? 0 : npos;
    if (nargs > 0 && repeat > Pools.MAX_LENGTH / nargs) {
      throw PyException.of(PyExceptionType.OVERFLOW_ERROR, "repeat argument too large");
    }
    Object[][] pools = new Object[(int) (nargs * repeat)][];
    for (int i = 0; i < nargs; i++) {
      pools[i] = Ops.toArray(ts, args[i]);
    }
    for (int i = nargs; i < pools.length; i++) {
      pools[i] = pools[i % nargs];
    }
    return new Product(pools);
  }

  // Synchronized so that sharing one product between threads cannot corrupt the indices; it
  // runs no script code.
  @Override
  public synchronized Object next(ThreadState ts) {
    if (stopped) {
      return DONE;
    }
    int n = pools.length;
    if (indices == null) {
      for (Object[] pool : pools) {
        if (pool.length == 0) {
          stopped = true;
          return DONE;
        }
      }
      indices = new int[n];
    } else {
      int i = n - 1;
      while (i >= 0 && ++indices[i] == pools[i].length) {
        indices[i] = 0;
        i--;
      }
      if (i < 0) {
        stopped = true;
        return DONE;
      }
    }
    Object[] row = new Object[n];
    for (int i = 0; i < n; i++) {
      row[i] = pools[i][indices[i]];
    }
    return PyTuple.of(row);
  }
}
