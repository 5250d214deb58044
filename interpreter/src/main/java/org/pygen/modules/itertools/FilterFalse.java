package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.ThreadState;

/**
 * {@code filterfalse(predicate, iterable)}: the items for which the predicate is false; with a None
 * predicate, the items that are false themselves.
 */
final class FilterFalse extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("filterfalse", FilterFalse::create);

  private final Object predicate;
  private final PyIterator source;

  private FilterFalse(Object predicate, PyIterator source) {
    super(TYPE);
    this.predicate = predicate;
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("filterfalse", "filterfalse", args, kwNames, 2, 2);
    return new FilterFalse(args[0], Ops.iter(ts, args[1]));
  }

  @Override
  public Object next(ThreadState ts) {
    while (true) {
      Object v = source.next(ts);
      if (v == DONE) {
        return DONE;
      }
      Object test = predicate == PyNone.NONE ? v : Ops.call(ts, predicate, new Object[] {v}, null);
      if (!Ops.isTrue(test)) {
        return v;
      }
    }
  }
}
