package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyList;
import org.pygen.runtime.ThreadState;

/**
 * {@code cycle(iterable)}: the items of the iterable, saved during the first pass and then replayed
 * forever. The first pass pulls from the source one item at a time, so an infinite source is never
 * materialised.
 */
final class Cycle extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("cycle", Cycle::create);

  /** A PyList because it is safe to append to and read from several threads at once. */
  private final PyList saved = new PyList();

  /** Null once the source is exhausted and replay has begun. */
  private PyIterator source;

  private int index;

  private Cycle(PyIterator source) {
    super(TYPE);
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("cycle", "cycle", args, kwNames, 1, 1);
    return new Cycle(Ops.iter(ts, args[0]));
  }

  @Override
  public Object next(ThreadState ts) {
    PyIterator from = source;
    if (from != null) {
      Object v = from.next(ts);
      if (v != DONE) {
        saved.append(v);
        return v;
      }
      source = null;
    }
    int size = saved.size();
    if (size == 0) {
      return DONE;
    }
    int i = index;
    if (i >= size) {
      i = 0;
    }
    index = i + 1 >= size ? 0 : i + 1;
    return saved.get(i);
  }
}
