package org.pygen.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * Python's {@code list}. Every public operation is atomic (synchronized on the list), as a single
 * list operation is in CPython, so concurrent scripts can never corrupt a list or see a Java
 * exception. Operations that take Python indices apply Python's rules (negative indices, clamped
 * slices) and raise Python exceptions.
 */
public final class PyList implements PyObjectTyped {
  private static final Object[] NO_ITEMS = new Object[0];

  private Object[] items;
  private int size;
  // Counts changes, so that sort (which works on a snapshot) can tell it was raced.
  private long mutations;

  /** An empty list. */
  public PyList() {
    this.items = NO_ITEMS;
  }

  private PyList(Object[] items, int size) {
    this.items = items;
    this.size = size;
  }

  /** A list of the given items (the array is copied). */
  public static PyList of(Object... items) {
    return new PyList(items.clone(), items.length);
  }

  /** A list that takes over {@code items}; the caller must not keep the array. */
  static PyList wrap(Object[] items) {
    return new PyList(items, items.length);
  }

  /** A list of the items of a Java list. */
  public static PyList fromList(List<?> items) {
    return wrap(items.toArray());
  }

  @Override
  public String typeName() {
    return "list";
  }

  /** The number of items. */
  public synchronized int size() {
    return size;
  }

  /** The item at a Java index {@code 0 <= i < size()}; IndexError otherwise. */
  public synchronized Object get(int i) {
    if (i < 0 || i >= size) {
      throw PyException.indexError("list index out of range");
    }
    return items[i];
  }

  /** For iteration: the item at {@code i}, or {@link PyIterator#DONE} when past the end. */
  synchronized Object getOrDone(int i) {
    return i < size ? items[i] : PyIterator.DONE;
  }

  /** A snapshot of the items. */
  public synchronized Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** A snapshot of the items as an unmodifiable Java list. */
  public List<Object> toList() {
    return List.of(toArray());
  }

  /** {@code lst.append(value)}. */
  public synchronized void append(Object value) {
    if (size == items.length) {
      grow(size + 1);
    }
    items[size++] = value;
    mutations++;
  }

  /** Appends all of {@code values} in one atomic step. */
  public synchronized void extend(Object[] values) {
    if (size + values.length > items.length) {
      grow(size + values.length);
    }
    System.arraycopy(values, 0, items, size, values.length);
    size += values.length;
    mutations++;
  }

  private void grow(int minCapacity) {
    int capacity = Math.max(minCapacity, items.length + (items.length >> 1) + 4);
    items = Arrays.copyOf(items, capacity);
  }

  /** {@code lst[i]} with a Python index. */
  public synchronized Object getItem(long index) {
    return items[checkedIndex(index, "list index out of range")];
  }

  /** {@code lst[i] = v} with a Python index. */
  public synchronized void setItem(long index, Object value) {
    items[checkedIndex(index, "list assignment index out of range")] = value;
    mutations++;
  }

  /** {@code del lst[i]} with a Python index. */
  public synchronized void delItem(long index) {
    removeAtUnlocked(checkedIndex(index, "list assignment index out of range"));
  }

  /** {@code lst.pop(i)}. */
  public synchronized Object pop(long index) {
    if (size == 0) {
      throw PyException.indexError("pop from empty list");
    }
    return removeAtUnlocked(checkedIndex(index, "pop index out of range"));
  }

  /** {@code lst.insert(i, v)}: the index is clamped, as in CPython. */
  public synchronized void insert(long index, Object value) {
    if (index < 0) {
      index = Math.max(0, index + size);
    }
    int at = (int) Math.min(index, size);
    if (size == items.length) {
      grow(size + 1);
    }
    System.arraycopy(items, at, items, at + 1, size - at);
    items[at] = value;
    size++;
    mutations++;
  }

  private int checkedIndex(long index, String message) {
    long i = index < 0 ? index + size : index;
    if (i < 0 || i >= size) {
      throw PyException.indexError(message);
    }
    return (int) i;
  }

  private Object removeAtUnlocked(int i) {
    Object old = items[i];
    System.arraycopy(items, i + 1, items, i, size - i - 1);
    items[--size] = null;
    mutations++;
    return old;
  }

  /** Removes the first item equal to {@code value}; returns false when there is none. */
  public synchronized boolean remove(Object value) {
    for (int i = 0; i < size; i++) {
      if (items[i] == value || Ops.eq(items[i], value)) {
        removeAtUnlocked(i);
        return true;
      }
    }
    return false;
  }

  /** The first index in [start, stop) holding an item equal to {@code value}, or -1. */
  public synchronized int indexOf(Object value, long start, long stop) {
    int lo = (int) clampBound(start);
    int hi = (int) clampBound(stop);
    for (int i = lo; i < hi && i < size; i++) {
      if (items[i] == value || Ops.eq(items[i], value)) {
        return i;
      }
    }
    return -1;
  }

  private long clampBound(long bound) {
    if (bound < 0) {
      return Math.max(0, bound + size);
    }
    return Math.min(bound, size);
  }

  /** How many items equal {@code value}. */
  public synchronized int count(Object value) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (items[i] == value || Ops.eq(items[i], value)) {
        n++;
      }
    }
    return n;
  }

  /** {@code value in lst}, by Python equality. */
  public synchronized boolean contains(Object value) {
    for (int i = 0; i < size; i++) {
      if (items[i] == value || Ops.eq(items[i], value)) {
        return true;
      }
    }
    return false;
  }

  /** Removes every item. */
  public synchronized void clear() {
    items = NO_ITEMS;
    size = 0;
    mutations++;
  }

  /** Reverses the items in place. */
  public synchronized void reverse() {
    for (int i = 0, j = size - 1; i < j; i++, j--) {
      Object t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    mutations++;
  }

  /** A snapshot of the items and, in {@code mutationsOut[0]}, the change count it matches. */
  synchronized Object[] toArray(long[] mutationsOut) {
    mutationsOut[0] = mutations;
    return Arrays.copyOf(items, size);
  }

  /**
   * Replaces all items with {@code values} (taken over, not copied) if the list has not changed
   * since the snapshot with change count {@code expected}; returns whether it did.
   */
  synchronized boolean replaceAllIfUnchanged(Object[] values, long expected) {
    if (mutations != expected) {
      return false;
    }
    items = values;
    size = values.length;
    mutations++;
    return true;
  }

  /** {@code lst[slice]}: a new list. */
  public synchronized PyList getSlice(PySlice slice) {
    long[] ix = slice.indices(size);
    int count = (int) ix[3];
    Object[] out = new Object[count];
    if (ix[2] == 1) {
      System.arraycopy(items, (int) ix[0], out, 0, count);
    } else {
      for (int k = 0, i = (int) ix[0]; k < count; k++, i += (int) ix[2]) {
        out[k] = items[i];
      }
    }
    return wrap(out);
  }

  /** {@code lst[slice] = values}; {@code values} must be a snapshot the caller does not reuse. */
  public synchronized void setSlice(PySlice slice, Object[] values) {
    long[] ix = slice.indices(size);
    int start = (int) ix[0];
    int step = (int) ix[2];
    int count = (int) ix[3];
    if (step == 1) {
      int stop = Math.max(start, (int) ix[1]);
      replaceRange(start, stop, values);
      return;
    }
    if (values.length != count) {
      throw PyException.valueError(
          "attempt to assign sequence of size "
              + values.length
              + " to extended slice of size "
              + count);
    }
    for (int k = 0, i = start; k < count; k++, i += step) {
      items[i] = values[k];
    }
    mutations++;
  }

  private void replaceRange(int start, int stop, Object[] values) {
    int newSize = size - (stop - start) + values.length;
    if (newSize > items.length) {
      grow(newSize);
    }
    System.arraycopy(items, stop, items, start + values.length, size - stop);
    System.arraycopy(values, 0, items, start, values.length);
    for (int i = newSize; i < size; i++) {
      items[i] = null;
    }
    size = newSize;
    mutations++;
  }

  /** {@code del lst[slice]}. */
  public synchronized void delSlice(PySlice slice) {
    long[] ix = slice.indices(size);
    int count = (int) ix[3];
    if (count == 0) {
      return;
    }
    int step = (int) ix[2];
    int start = (int) ix[0];
    if (step < 0) {
      // Delete the same items walking forwards: first index is the last one visited.
      start = start + step * (count - 1);
      step = -step;
    }
    if (step == 1) {
      replaceRange(start, start + count, NO_ITEMS);
      return;
    }
    int write = start;
    int nextDeleted = start;
    int deleted = 0;
    for (int read = start; read < size; read++) {
      if (deleted < count && read == nextDeleted) {
        deleted++;
        nextDeleted += step;
        continue;
      }
      items[write++] = items[read];
    }
    for (int i = write; i < size; i++) {
      items[i] = null;
    }
    size = write;
    mutations++;
  }

  @Override
  public String toString() {
    return Ops.repr(this);
  }
}
