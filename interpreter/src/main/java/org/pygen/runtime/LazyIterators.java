package org.pygen.runtime;

/**
 * The lazy iterators behind {@code enumerate}, {@code zip}, {@code map}, {@code filter},
 * {@code reversed} and two-argument {@code iter}: each pulls one item at a time from its sources
 * and never materialises them.
 */
final class LazyIterators {
  private LazyIterators() {}

  /** Shared repr and type name for the iterators below. */
  private abstract static class Named implements PyIterator, PyObjectTyped {
    private final String typeName;

    Named(String typeName) {
      this.typeName = typeName;
    }

    @Override
    public final String typeName() {
      return typeName;
    }

    @Override
    public String toString() {
      return "<" + typeName + " object at " + Ops.addressOf(this) + ">";
    }
  }

  /** {@code enumerate(iterable, start)}. */
  static final class Enumerate extends Named {
    private final PyIterator source;
    private Object count;

    Enumerate(PyIterator source, Object start) {
      super("enumerate");
      this.source = source;
      this.count = start;
    }

    @Override
    public Object next(ThreadState ts) {
      Object v = source.next(ts);
      if (v == DONE) {
        return DONE;
      }
      Object index = count;
      count = Ops.add(count, 1L);
      return PyTuple.wrap(new Object[] {index, v});
    }
  }

  /** {@code zip(*iterables, strict=False)}. */
  static final class Zip extends Named {
    private final PyIterator[] sources;
    private final boolean strict;
    private boolean done;

    Zip(PyIterator[] sources, boolean strict) {
      super("zip");
      this.sources = sources;
      this.strict = strict;
    }

    @Override
    public Object next(ThreadState ts) {
      if (done || sources.length == 0) {
        return DONE;
      }
      Object[] row = new Object[sources.length];
      for (int i = 0; i < sources.length; i++) {
        Object v = sources[i].next(ts);
        if (v == DONE) {
          done = true;
          if (strict) {
            checkStrict(ts, i);
          }
          return DONE;
        }
        row[i] = v;
      }
      return PyTuple.wrap(row);
    }

    private static String earlier(int count) {
      return count == 1 ? "argument 1" : "arguments 1-" + count;
    }

    /** With strict=True every source must end together; CPython names the first culprit. */
    private void checkStrict(ThreadState ts, int exhausted) {
      if (exhausted > 0) {
        throw PyException.valueError(
            "zip() argument " + (exhausted + 1) + " is shorter than " + earlier(exhausted));
      }
      for (int i = 1; i < sources.length; i++) {
        if (sources[i].next(ts) != DONE) {
          throw PyException.valueError(
              "zip() argument " + (i + 1) + " is longer than " + earlier(i));
        }
      }
    }
  }

  /** {@code map(function, *iterables)}. */
  static final class Map extends Named {
    private final Object function;
    private final PyIterator[] sources;

    Map(Object function, PyIterator[] sources) {
      super("map");
      this.function = function;
      this.sources = sources;
    }

    @Override
    public Object next(ThreadState ts) {
      Object[] args = new Object[sources.length];
      for (int i = 0; i < sources.length; i++) {
        Object v = sources[i].next(ts);
        if (v == DONE) {
          return DONE;
        }
        args[i] = v;
      }
      return Ops.call(ts, function, args, null);
    }
  }

  /** {@code filter(function_or_None, iterable)}. */
  static final class Filter extends Named {
    private final Object function;
    private final PyIterator source;

    Filter(Object function, PyIterator source) {
      super("filter");
      this.function = function;
      this.source = source;
    }

    @Override
    public Object next(ThreadState ts) {
      while (true) {
        Object v = source.next(ts);
        if (v == DONE) {
          return DONE;
        }
        Object test = function == PyNone.NONE ? v : Ops.call(ts, function, new Object[] {v}, null);
        if (Ops.isTrue(test)) {
          return v;
        }
      }
    }
  }

  /** {@code reversed(list)}: by index, tolerating the list shrinking meanwhile, as CPython. */
  static final class ReversedList extends Named {
    private final PyList list;
    private int index;

    ReversedList(PyList list) {
      super("list_reverseiterator");
      this.list = list;
      this.index = list.size() - 1;
    }

    @Override
    public Object next(ThreadState ts) {
      if (index < 0) {
        return DONE;
      }
      Object v = list.getOrDone(index--);
      if (v == DONE) {
        index = -1;
      }
      return v;
    }
  }

  /** {@code reversed()} of a tuple, str or snapshot: walks an array backwards. */
  static final class ReversedArray extends Named {
    private final Object[] items;
    private int index;

    ReversedArray(Object[] items, String typeName) {
      super(typeName);
      this.items = items;
      this.index = items.length - 1;
    }

    @Override
    public Object next(ThreadState ts) {
      return index < 0 ? DONE : items[index--];
    }
  }

  /** {@code reversed(str)}. */
  static final class ReversedString extends Named {
    private final String s;
    private int index;

    ReversedString(String s) {
      super("reversed");
      this.s = s;
      this.index = s.length() - 1;
    }

    @Override
    public Object next(ThreadState ts) {
      return index < 0 ? DONE : Chars.of(s.charAt(index--));
    }
  }

  /** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
  static final class CallUntil extends Named {
    private final Object callable;
    private final Object sentinel;
    private boolean done;

    CallUntil(Object callable, Object sentinel) {
      super("callable_iterator");
      this.callable = callable;
      this.sentinel = sentinel;
    }

    @Override
    public Object next(ThreadState ts) {
      if (done) {
        return DONE;
      }
      Object v = Ops.call(ts, callable, new Object[0], null);
      if (v == sentinel || Ops.eq(v, sentinel)) {
        done = true;
        return DONE;
      }
      return v;
    }
  }
}
