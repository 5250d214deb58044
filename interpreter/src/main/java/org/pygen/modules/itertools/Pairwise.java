package org.pygen.modules.itertools;

import org.pygen.runtime.Ops;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/** {@code pairwise(iterable)}: overlapping pairs (a, b), (b, c), ... of successive items. */
final class Pairwise extends ItertoolsIterator {
  static final ItertoolsType TYPE = new ItertoolsType("pairwise", Pairwise::create);

  /** Null once the source is exhausted: CPython never asks it again. */
  private PyIterator source;

  /** The item the next pair starts with, or null before the first pull. */
  private Object previous;

  private Pairwise(PyIterator source) {
    super(TYPE);
    this.source = source;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("pairwise", "pairwise", args, kwNames, 1, 1);
    return new Pairwise(Ops.iter(ts, args[0]));
  }

  @Override
  public Object next(ThreadState ts) {
    PyIterator from = source;
    if (from == null) {
      return DONE;
    }
    Object first = previous;
    if (first == null) {
      first = from.next(ts);
      if (first == DONE) {
        source = null;
        return DONE;
      }
      previous = first;
    }
    Object second = from.next(ts);
    if (second == DONE) {
      source = null;
      previous = null;
      return DONE;
    }
    previous = second;
    return PyTuple.of(first, second);
  }
}
