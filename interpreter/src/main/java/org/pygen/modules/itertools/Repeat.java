package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.ThreadState;

/** {@code repeat(object[, times])}: the same object, forever or {@code times} times. */
final class Repeat extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("repeat", Repeat::create);

  /** Marks a repeat without {@code times}. */
  private static final long FOREVER = -1;

  private final Object object;
  private long remaining;

  private Repeat(Object object, long remaining) {
    super(TYPE);
    this.object = object;
    this.remaining = remaining;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("repeat", args, kwNames, 2, 1, "object", "times");
    long times = a[1] == null ? FOREVER : Math.max(0, Params.ssize(a[1]));
    return new Repeat(a[0], times);
  }

  // Synchronized so that concurrent consumers share the count exactly; no script code runs here.
  @Override
  public synchronized Object next(ThreadState ts) {
    if (remaining == FOREVER) {
      return object;
    }
    if (remaining == 0) {
      return DONE;
    }
    remaining--;
    return object;
  }

  @Override
  public synchronized String toString() {
    String what = Ops.repr(object);
    return remaining == FOREVER
        ? "repeat(" + what + ")"
        : "repeat(" + what + ", " + remaining + ")";
  }
}
