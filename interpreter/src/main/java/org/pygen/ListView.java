package org.pygen;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyList;
import org.pygen.runtime.PyRuntime;

/**
 * A pygen list seen from Java: a live view, so reads see the script's later changes and writes
 * change the list the script sees. Elements are converted on the way out (as {@link
 * Interpreter#get} does) and on the way in (as {@link Interpreter#set} does). Each single
 * operation is atomic, as the list's own operations are; iterating while a script thread
 * modifies the list is not.
 */
final class ListView extends AbstractList<Object> implements RandomAccess {
  private final PyRuntime runtime;
  private final PyList list;

  ListView(PyRuntime runtime, PyList list) {
    this.runtime = runtime;
    this.list = list;
  }

  /** The list itself, so that handing the view back to a script passes the same list. */
  PyList pyList() {
    return list;
  }

  @Override
  public int size() {
    return list.size();
  }

  @Override
  public Object get(int index) {
    try {
      return JavaValues.toJava(runtime, list.get(index));
    } catch (PyException e) {
      throw outOfBounds(index);
    }
  }

  @Override
  public Object set(int index, Object element) {
    Object value = JavaValues.fromJava(element);
    synchronized (list) {
      checkIndex(index, list.size());
      Object old = list.get(index);
      list.setItem(index, value);
      return JavaValues.toJava(runtime, old);
    }
  }

  @Override
  public void add(int index, Object element) {
    Object value = JavaValues.fromJava(element);
    synchronized (list) {
      // insert() clamps like Python's list.insert; the List contract wants a range check.
      checkIndex(index, list.size() + 1);
      list.insert(index, value);
    }
    modCount++;
  }

  @Override
  public Object remove(int index) {
    Object old;
    synchronized (list) {
      checkIndex(index, list.size());
      old = list.pop(index);
    }
    modCount++;
    return JavaValues.toJava(runtime, old);
  }

  @Override
  public void clear() {
    list.clear();
    modCount++;
  }

  private static void checkIndex(int index, int bound) {
    if (index < 0 || index >= bound) {
      throw outOfBounds(index);
    }
  }

  private static IndexOutOfBoundsException outOfBounds(int index) {
    return new IndexOutOfBoundsException("index " + index + " out of range for a pygen list");
  }
}
