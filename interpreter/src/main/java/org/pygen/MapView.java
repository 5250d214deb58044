package org.pygen;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.pygen.runtime.PyDict;
import org.pygen.runtime.PyException;
import org.pygen.runtime.PyRuntime;
import org.pygen.runtime.PyTuple;

/**
 * A pygen dict seen from Java: a live view in the dict's insertion order. Keys and values are
 * converted on the way out and in, as for {@link ListView}. Iteration walks a snapshot of the
 * entries taken when it starts (so a script changing the dict meanwhile never breaks it);
 * {@code Iterator.remove} and {@code Entry.setValue} write through. Looking up a key Python cannot
 * hash (a list) throws {@link PygenException} with a TypeError.
 */
final class MapView extends AbstractMap<Object, Object> {
  private final PyRuntime runtime;
  private final PyDict dict;

  MapView(PyRuntime runtime, PyDict dict) {
    this.runtime = runtime;
    this.dict = dict;
  }

  /** The dict itself, so that handing the view back to a script passes the same dict. */
  PyDict pyDict() {
    return dict;
  }

  @Override
  public int size() {
    return dict.size();
  }

  @Override
  public boolean containsKey(Object key) {
    try {
      return dict.containsKey(JavaValues.fromJava(key));
    } catch (PyException e) {
      throw Errors.fromPython(e);
    }
  }

  @Override
  public Object get(Object key) {
    try {
      return JavaValues.toJava(runtime, dict.getOrNull(JavaValues.fromJava(key)));
    } catch (PyException e) {
      throw Errors.fromPython(e);
    }
  }

  @Override
  public Object put(Object key, Object value) {
    Object k = JavaValues.fromJava(key);
    Object v = JavaValues.fromJava(value);
    try {
      Object old;
      synchronized (dict) {
        old = dict.getOrNull(k);
        dict.put(k, v);
      }
      return JavaValues.toJava(runtime, old);
    } catch (PyException e) {
      throw Errors.fromPython(e);
    }
  }

  @Override
  public Object remove(Object key) {
    try {
      return JavaValues.toJava(runtime, dict.remove(JavaValues.fromJava(key)));
    } catch (PyException e) {
      throw Errors.fromPython(e);
    }
  }

  @Override
  public void clear() {
    dict.clear();
  }

  @Override
  public Set<Map.Entry<Object, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return dict.size();
      }

      @Override
      public Iterator<Map.Entry<Object, Object>> iterator() {
        return new EntryIterator(dict.itemsArray());
      }
    };
  }

  private final class EntryIterator implements Iterator<Map.Entry<Object, Object>> {
    private final PyTuple[] items;
    private int next;
    private Object lastKey;

    EntryIterator(PyTuple[] items) {
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      return next < items.length;
    }

    @Override
    public Map.Entry<Object, Object> next() {
      if (next >= items.length) {
        throw new NoSuchElementException();
      }
      PyTuple item = items[next++];
      lastKey = item.get(0);
      return new Entry(item.get(0), JavaValues.toJava(runtime, item.get(1)));
    }

    @Override
    public void remove() {
      if (lastKey == null) {
        throw new IllegalStateException();
      }
      dict.remove(lastKey);
      lastKey = null;
    }
  }

  /** An entry whose {@code setValue} writes to the dict. */
  private final class Entry extends AbstractMap.SimpleEntry<Object, Object> {
    private final Object pyKey;

    Entry(Object pyKey, Object value) {
      super(JavaValues.toJava(runtime, pyKey), value);
      this.pyKey = pyKey;
    }

    @Override
    public Object setValue(Object value) {
      dict.put(pyKey, JavaValues.fromJava(value));
      return super.setValue(value);
    }
  }
}
