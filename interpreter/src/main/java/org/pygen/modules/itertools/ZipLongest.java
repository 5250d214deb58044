package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code zip_longest(*iterables, fillvalue=None)}: rows of one item from each iterable, with the
 * fill value standing in for those already exhausted, until all of them are.
 */
final class ZipLongest extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("zip_longest", ZipLongest::create);

  /** One per iterable; an exhausted one is replaced by null and never asked again. */
  private final PyIterator[] sources;

  private final Object fillValue;
  private int active;

  private ZipLongest(PyIterator[] sources, Object fillValue) {
    super(TYPE);
    this.sources = sources;
    this.fillValue = fillValue;
    this.active = sources.length;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    int nkw = kwNames == null ? 0 : kwNames.length;
    Object fillValue = PyNone.NONE;
    if (nkw > 0) {
      // CPython accepts exactly one keyword, fillvalue, and names no culprit otherwise.
      if (nkw != 1 || !kwNames[0].equals("fillvalue")) {
        throw PyException.typeError("zip_longest() got an unexpected keyword argument");
      }
      fillValue = args[args.length - 1];
    }
    PyIterator[] sources = new PyIterator[args.length - nkw];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = Ops.iter(ts, args[i]);
    }
    return new ZipLongest(sources, fillValue);
  }

  @Override
  public Object next(ThreadState ts) {
    if (sources.length == 0 || active == 0) {
      return DONE;
    }
    Object[] row = new Object[sources.length];
    for (int i = 0; i < sources.length; i++) {
      PyIterator source = sources[i];
      if (source == null) {
        row[i] = fillValue;
        continue;
      }
      Object v;
      try {
        v = source.next(ts);
      } catch (PyException e) {
        // An error in any source ends the whole iterator, as in CPython.
        active = 0;
        throw e;
      }
      if (v == DONE) {
        sources[i] = null;
        if (--active <= 0) {
          active = 0;
          return DONE;
        }
        v = fillValue;
      }
      row[i] = v;
    }
    return PyTuple.of(row);
  }
}
