package org.pygen.modules.itertools;

import org.pygen.runtime.PyException;
import org.pygen.runtime.ThreadState;

/**
 * One group handed out by {@link GroupBy} (type {@code itertools._grouper}): it yields items from
 * the groupby's source while their key equals its own.
 */
final class Grouper extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("_grouper", Grouper::refuse);

  private final GroupBy parent;
  private final Object key;

  Grouper(GroupBy parent, Object key) {
    super(TYPE);
    this.parent = parent;
    this.key = key;
  }

  /** Groups come only from a groupby; CPython's constructor wants one, pygen's refuses. */
  private static Object refuse(ThreadState ts, Object[] args, String[] kwNames) {
    throw PyException.typeError("cannot create 'itertools._grouper' instances");
  }

  @Override
  public Object next(ThreadState ts) {
    return parent.nextInGroup(ts, this, key);
  }
}
