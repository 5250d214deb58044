package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.ThreadState;

/**
 * {@code takewhile(predicate, iterable)}: items while the predicate holds. The first failing item
 * is consumed and dropped, and the source is never touched again.
 */
final class TakeWhile extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("takewhile", TakeWhile::create);

  private final Object predicate;
  private final PyIterator source;
  private boolean stopped;

  private TakeWhile(Object predicate, PyIterator source) {
    super(TYPE);
    this.predicate = predicate;
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("takewhile", "takewhile", args, kwNames, 2, 2);
    return new TakeWhile(args[0], Ops.iter(ts, args[1]));
  }

  @Override
  public Object next(ThreadState ts) {
    if (stopped) {
      return DONE;
    }
    Object v = source.next(ts);
    if (v == DONE) {
      return DONE;
    }
    if (Ops.isTrue(Ops.call(ts, predicate, new Object[] {v}, null))) {
      return v;
    }
    stopped = true;
    return DONE;
  }
}
