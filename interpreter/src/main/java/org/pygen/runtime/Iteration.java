package org.pygen.runtime;

import java.util.Arrays;

/** {@code iter()} for every iterable value, and the iterators of the built-in sequences. */
final class Iteration {
  private Iteration() {}

  static PyIterator iter(ThreadState ts, Object o) {
    if (o instanceof PyIterator it) {
      return it;
    }
    if (o instanceof PyList l) {
      return new ListIterator(l);
    }
    if (o instanceof PyTuple t) {
      return new ArrayIterator(t.items(), "tuple_iterator");
    }
    if (o instanceof PyRange r) {
      return r.iterator();
    }
    if (o instanceof String s) {
      return new StringIterator(s);
    }
    if (o instanceof PyDict d) {
      return d.iterator(PyDict.IterKind.KEYS, "dictionary", "dict_keyiterator");
    }
    if (o instanceof PySet s) {
      return s.iterator();
    }
    if (o instanceof PyDictView v) {
      return v.iterator();
    }
    if (o instanceof PyBytes b) {
      Object[] values = new Object[b.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (long) b.get(i);
      }
      return new ArrayIterator(values, "bytes_iterator");
    }
    if (o instanceof PyIterable i) {
      return i.iter(ts);
    }
    if (SpecialMethods.isUser(o)) {
      return SpecialMethods.iter(ts != null ? ts : SpecialMethods.ts(o), o);
    }
    throw PyException.typeError("'" + Ops.typeName(o) + "' object is not iterable");
  }

  /** Whether {@link #iter} would accept the object. */
  static boolean isIterable(Object o) {
    return o instanceof PyIterator || o instanceof PyList || o instanceof PyTuple
        || o instanceof PyRange || o instanceof String || o instanceof PyDict
        || o instanceof PySet || o instanceof PyDictView || o instanceof PyIterable
        || o instanceof PyBytes || (SpecialMethods.isUser(o) && SpecialMethods.isIterable(o));
  }

  /** Every item of an iterable, in a fresh array the caller may keep. */
  static Object[] toArray(ThreadState ts, Object o) {
    if (o instanceof PyList l) {
      return l.toArray();
    }
    if (o instanceof PyTuple t) {
      return t.toArray();
    }
    if (o instanceof PyDict d) {
      return d.keysArray();
    }
    if (o instanceof PySet s) {
      return s.toArray();
    }
    if (o instanceof PyDictView v) {
      return v.toArray();
    }
    PyIterator it = iter(ts, o);
    Object[] out = new Object[8];
    int n = 0;
    for (Object x = it.next(ts); x != PyIterator.DONE; x = it.next(ts)) {
      ts.step();
      if (n == out.length) {
        ts.checkSize(16L * n);
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = x;
    }
    return Arrays.copyOf(out, n);
  }

  /** Iterates a list by index, so appends made during the loop are seen, as in CPython. */
  static final class ListIterator implements PyIterator, PyObjectTyped {
    private final PyList list;
    private int index;
    private boolean done;

    ListIterator(PyList list) {
      this.list = list;
    }

    @Override
    public Object next(ThreadState ts) {
      if (done) {
        return DONE;
      }
      Object v = list.getOrDone(index++);
      if (v == DONE) {
        done = true;
      }
      return v;
    }

    @Override
    public String typeName() {
      return "list_iterator";
    }

    @Override
    public String toString() {
      return "<list_iterator object at " + Ops.addressOf(this) + ">";
    }
  }

  /** Iterates an immutable array (a tuple's items). */
  static final class ArrayIterator implements PyIterator, PyObjectTyped {
    private final Object[] items;
    private final String typeName;
    private int index;

    ArrayIterator(Object[] items, String typeName) {
      this.items = items;
      this.typeName = typeName;
    }

    @Override
    public Object next(ThreadState ts) {
      int i = index;
      if (i >= items.length) {
        return DONE;
      }
      index = i + 1;
      return items[i];
    }

    @Override
    public String typeName() {
      return typeName;
    }

    @Override
    public String toString() {
      return "<" + typeName + " object at " + Ops.addressOf(this) + ">";
    }
  }

  /** Iterates a string one UTF-16 unit at a time, matching len() and indexing. */
  static final class StringIterator implements PyIterator, PyObjectTyped {
    private final String s;
    private int index;

    StringIterator(String s) {
      this.s = s;
    }

    @Override
    public Object next(ThreadState ts) {
      int i = index;
      if (i >= s.length()) {
        return DONE;
      }
      index = i + 1;
      return Chars.of(s.charAt(i));
    }

    @Override
    public String typeName() {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          return "str_iterator";
        }
      }
      return "str_ascii_iterator";
    }

    @Override
    public String toString() {
      return "<" + typeName() + " object at " + Ops.addressOf(this) + ">";
    }
  }
}
