package org.pygen.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Python's immutable {@code tuple}. Immutable, so safe to share between threads. */
public final class PyTuple {
  /** The empty tuple; CPython also has only one. */
  public static final PyTuple EMPTY = new PyTuple(new Object[0]);

  private final Object[] items;

  private PyTuple(Object[] items) {
    this.items = items;
  }

  /** A tuple of the given items (the array is copied). */
  public static PyTuple of(Object... items) {
    return items.length == 0 ? EMPTY : new PyTuple(items.clone());
  }

  /** A tuple holding the given items; the array is taken over, so the caller must not keep it. */
  static PyTuple wrap(Object[] items) {
    return items.length == 0 ? EMPTY : new PyTuple(items);
  }

  /** A tuple of the given list's items. */
  public static PyTuple fromList(List<?> items) {
    return wrap(items.toArray());
  }

  /** The number of items. */
  public int size() {
    return items.length;
  }

  /** The item at {@code 0 <= i < size()}. */
  public Object get(int i) {
    return items[i];
  }

  /** A copy of the items. */
  public Object[] toArray() {
    return items.clone();
  }

  /** The items as an unmodifiable Java list (a view, no copy). */
  public List<Object> asList() {
    return Collections.unmodifiableList(Arrays.asList(items));
  }

  /** The backing array itself, for read-only use inside the runtime. */
  Object[] items() {
    return items;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyTuple && Ops.eq(this, o);
  }

  @Override
  public int hashCode() {
    return (int) Ops.hash(this);
  }

  @Override
  public String toString() {
    return Ops.repr(this);
  }
}
