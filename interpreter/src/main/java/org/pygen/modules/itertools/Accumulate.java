package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.ThreadState;

/**
 * {@code accumulate(iterable, func=None, *, initial=None)}: running totals, with {@code +} or with
 * {@code func(total, item)}; {@code initial}, when given, comes first.
 */
final class Accumulate extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("accumulate", Accumulate::create);

  private final PyIterator source;

  /** Null for plain addition. */
  private final Object function;

  /** The initial value still to be returned, or null. */
  private Object pendingInitial;

  /** The running total, or null before the first item. */
  private Object total;

  private Accumulate(PyIterator source, Object function, Object initial) {
    super(TYPE);
    this.source = source;
    this.function = function;
    this.pendingInitial = initial;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a = Params.bind("accumulate", args, kwNames, 2, 1, "iterable", "func", "initial");
    PyIterator source = Ops.iter(ts, a[0]);
    Object function = a[1] == PyNone.NONE ? null : a[1];
    Object initial = a[2] == PyNone.NONE ? null : a[2];
    return new Accumulate(source, function, initial);
  }

  @Override
  public Object next(ThreadState ts) {
    Object initial = pendingInitial;
    if (initial != null) {
      pendingInitial = null;
      total = initial;
      return initial;
    }
    Object v = source.next(ts);
    if (v == DONE) {
      return DONE;
    }
    Object before = total;
    Object after;
    if (before == null) {
      after = v;
    } else if (function == null) {
      after = Ops.add(before, v);
    } else {
      after = Ops.call(ts, function, new Object[] {before, v}, null);
    }
    total = after;
    return after;
  }
}
