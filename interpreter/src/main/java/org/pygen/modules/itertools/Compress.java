package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.ThreadState;

/**
 * {@code compress(data, selectors)}: the data items whose selector is true; stops as soon as either
 * input does, taking the data item before its selector.
 */
final class Compress extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("compress", Compress::create);

  private final PyIterator data;
  private final PyIterator selectors;

  private Compress(PyIterator data, PyIterator selectors) {
    super(TYPE);
    this.data = data;
    this.selectors = selectors;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("compress", args, kwNames, 2, 2, "data", "selectors");
    PyIterator data = Ops.iter(ts, a[0]);
    return new Compress(data, Ops.iter(ts, a[1]));
  }

  @Override
  public Object next(ThreadState ts) {
    while (true) {
      Object datum = data.next(ts);
      if (datum == DONE) {
        return DONE;
      }
      Object selector = selectors.next(ts);
      if (selector == DONE) {
        return DONE;
      }
      if (Ops.isTrue(selector)) {
        return datum;
      }
    }
  }
}
