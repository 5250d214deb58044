package org.pygen.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Python's {@code set} (and, with {@code frozen}, {@code frozenset}), with Python element
 * equality. Stored as a {@link PyDict} whose values are ignored, so it shares the dict's
 * atomicity; unlike CPython, iteration order is insertion order (CPython's is unspecified).
 */
public final class PySet implements PyObjectTyped {
  private final PyDict elements = new PyDict();
  private final boolean frozen;

  public PySet() {
    this(false);
  }

  public PySet(boolean frozen) {
    this.frozen = frozen;
  }

  /** A set of the given items. */
  public static PySet of(Object... items) {
    PySet s = new PySet();
    for (Object o : items) {
      s.add(o);
    }
    return s;
  }

  /** Whether this is a frozenset. */
  public boolean isFrozen() {
    return frozen;
  }

  @Override
  public String typeName() {
    return frozen ? "frozenset" : "set";
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** {@code o in s}, by Python equality. */
  public boolean contains(Object o) {
    return elements.containsKey(o);
  }

  /** Adds {@code o} (an element already present is kept, as in CPython). */
  public void add(Object o) {
    elements.setDefault(o, Boolean.TRUE);
  }

  /** Removes {@code o}; returns true when it was there. */
  public boolean discard(Object o) {
    return elements.remove(o) != null;
  }

  /** {@code s.pop()}: removes and returns an arbitrary element; KeyError when empty. */
  public Object pop() {
    try {
      return elements.popItem().get(0);
    } catch (PyException e) {
      throw PyException.of(PyExceptionType.KEY_ERROR, "pop from an empty set");
    }
  }

  /** Removes every element. */
  public void clear() {
    elements.clear();
  }

  /** A snapshot of the elements. */
  public Object[] toArray() {
    return elements.keysArray();
  }

  /** A snapshot as a Java set (Java element equality). */
  public Set<Object> toSet() {
    return new LinkedHashSet<>(elements.toMap().keySet());
  }

  /** A shallow copy with the given frozenness. */
  public PySet copy(boolean frozenCopy) {
    PySet s = new PySet(frozenCopy);
    s.elements.putAll(elements);
    return s;
  }

  PyIterator iterator() {
    return elements.iterator(PyDict.IterKind.KEYS, "Set", "set_iterator");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PySet s && frozen && s.frozen && Ops.eq(this, s);
  }

  @Override
  public int hashCode() {
    return frozen ? (int) Ops.hash(this) : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return Ops.repr(this);
  }
}
