package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.ThreadState;

/**
 * {@code dropwhile(predicate, iterable)}: skips items while the predicate holds, then passes
 * everything through without calling it again.
 */
final class DropWhile extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("dropwhile", DropWhile::create);

  private final Object predicate;
  private final PyIterator source;
  private boolean dropping = true;

  private DropWhile(Object predicate, PyIterator source) {
    super(TYPE);
    this.predicate = predicate;
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("dropwhile", "dropwhile", args, kwNames, 2, 2);
    return new DropWhile(args[0], Ops.iter(ts, args[1]));
  }

  @Override
  public Object next(ThreadState ts) {
    while (true) {
      Object v = source.next(ts);
      if (v == DONE || !dropping) {
        return v;
      }
      if (!Ops.isTrue(Ops.call(ts, predicate, new Object[] {v}, null))) {
        dropping = false;
        return v;
      }
    }
  }
}
