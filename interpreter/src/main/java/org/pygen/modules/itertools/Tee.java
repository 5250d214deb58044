package org.pygen.modules.itertools;

import org.pygen.runtime.HasAttributes;
import org.pygen.runtime.Ops;
import org.pygen.runtime.PyBuiltinFunction;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyIterator;
import org.pygen.runtime.PyTuple;
import org.pygen.runtime.ThreadState;

/**
 * One of the iterators {@code tee(iterable, n=2)} returns (type {@code itertools._tee}). All the
 * iterators of one tee read the same {@link TeeBuffer}; copying one ({@code __copy__}, or passing
 * it to {@code tee} again) gives another reader of that buffer at the same position.
 */
final class Tee extends ItertoolsIterator implements HasAttributes {
  static final ItertoolsType TYPE = new ItertoolsType("_tee", Tee::construct);

  /** The {@code tee} function itself. */
  static final PyBuiltinFunction FUNCTION = new PyBuiltinFunction("tee", Tee::tee);

  private TeeBuffer link;
  private int index;

  private Tee(TeeBuffer link, int index) {
    super(TYPE);
    this.link = link;
    this.index = index;
  }

  private static Object tee(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("tee", "itertools.tee", args, kwNames, 1, 2);
    long n = args.length == 2 ? Params.ssize(args[1]) : 2;
    if (n < 0) {
      throw PyException.valueError("n must be >= 0");
    }
    if (n == 0) {
      return PyTuple.EMPTY;
    }
    if (n > Pools.MAX_LENGTH) {
      throw Pools.tooLong();
    }
    Tee first = of(Ops.iter(ts, args[0]));
    Object[] tees = new Object[(int) n];
    tees[0] = first;
    for (int i = 1; i < tees.length; i++) {
      tees[i] = first.copy();
    }
    return PyTuple.of(tees);
  }

  /** {@code _tee(iterable)}, the type called directly. */
  private static Object construct(ThreadState ts, Object[] args, String[] kwNames) {
    Params.positionalOnly("_tee", "_tee", args, kwNames, 1, 1);
    PyIterator it = Ops.iter(ts, args[0]);
    return it instanceof Tee t ? t.copy() : of(it);
  }

  /** A tee over {@code it}; a tee is copyable, so it shares its own buffer instead of wrapping. */
  private static Tee of(PyIterator it) {
    return it instanceof Tee t ? t : new Tee(new TeeBuffer(it), 0);
  }

  /** Another reader of the same buffer, at the same position. */
  Tee copy() {
    synchronized (this) {
      return new Tee(link, index);
    }
  }

  @Override
  public Object next(ThreadState ts) {
    TeeBuffer current;
    int i;
    synchronized (this) {
      current = link;
      i = index;
    }
    if (i >= TeeBuffer.CAPACITY) {
      current = current.next();
      i = 0;
      synchronized (this) {
        link = current;
        index = 0;
      }
    }
    Object v = current.get(ts, i);
    if (v != DONE) {
      synchronized (this) {
        link = current;
        index = i + 1;
      }
    }
    return v;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__copy__":
        return new PyBuiltinFunction(
            "__copy__",
            (ts2, args, kw) -> {
              Params.positionalOnly("__copy__", "__copy__", args, kw, 0, 0);
              return copy();
            });
      case "__next__":
        return new PyBuiltinFunction(
            "__next__",
            (ts2, args, kw) -> {
              Params.positionalOnly("__next__", "__next__", args, kw, 0, 0);
              return nextOrRaise(ts2);
            });
      case "__iter__":
        return new PyBuiltinFunction("__iter__", (ts2, args, kw) -> this);
      default:
        return null;
    }
  }
}
