package org.pygen.modules.itertools;

import java.util.Map;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each iterable
 * in turn. The iterables themselves are pulled lazily too, so {@code from_iterable} works on an
 * infinite stream of iterables.
 */
final class Chain extends ItertoolsIterator {
  static final ItertoolsType TYPE =
      new ItertoolsType("chain", Chain::create, Map.of("from_iterable", Chain::fromIterable));

  /** The iterables still to come; null once exhausted or broken, as in CPython. */
  private PyIterator sources;

  /** The iterator being drained, or null between iterables. */
  private PyIterator active;

  private Chain(PyIterator sources) {
    super(TYPE);
    this.sources = sources;
  }

  private static Object create(ThreadState ts, Object[] args, String[] kwNames) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError("chain() takes no keyword arguments");
    }
    return new Chain(Ops.iter(ts, PyTuple.of(args)));
  }

  private static Object fromIterable(ThreadState ts, Object[] args, String[] kwNames) {
    if (kwNames != null && kwNames.length > 0) {
      throw PyException.typeError("chain.from_iterable() takes no keyword arguments");
    }
    if (args.length != 1) {
      throw PyException.typeError(
          "chain.from_iterable() takes exactly one argument (" + args.length + " given)");
    }
    return new Chain(Ops.iter(ts, args[0]));
  }

  @Override
  public Object next(ThreadState ts) {
    while (true) {
      PyIterator from = sources;
      if (from == null) {
        return DONE;
      }
      PyIterator current = active;
      if (current == null) {
        current = nextSource(ts, from);
        if (current == null) {
          return DONE;
        }
        active = current;
      }
      Object v = current.next(ts);
      if (v != DONE) {
        return v;
      }
      active = null;
    }
  }

  /** The next iterable's iterator, or null at the end; either end, or an error, ends the chain. */
  private PyIterator nextSource(ThreadState ts, PyIterator from) {
    try {
      Object iterable = from.next(ts);
      if (iterable == DONE) {
        sources = null;
        return null;
      }
      return Ops.iter(ts, iterable);
    } catch (PyException e) {
      sources = null;
      throw e;
    }
  }
}
