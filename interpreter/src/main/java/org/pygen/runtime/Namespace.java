package org.pygen.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A namespace of names to values kept as {@link NameCell}s: a module's globals, or the builtins.
 * A name gets its cell the first time anything asks for it and keeps it for good, so compiled
 * code can hold on to the cell. Concurrent: each single get, put or remove is atomic, as in
 * CPython, and a race never breaks the map.
 */
public final class Namespace {
  private final ConcurrentHashMap<String, NameCell> cells = new ConcurrentHashMap<>();
  /** Where an unbound name is looked up next; null for the builtins themselves. */
  private final Namespace builtins;
  private final AtomicLong bindCounter = new AtomicLong();
  private final Map<String, Object> view = new View();

  /** A namespace whose unbound names fall back to {@code builtins} (null: none). */
  public Namespace(Namespace builtins) {
    this.builtins = builtins;
  }

  /** The cell of a name, made (unbound) on first use. */
  public NameCell cell(String name) {
    NameCell c = cells.get(name);
    if (c == null) {
      c = cells.computeIfAbsent(
          name, n -> new NameCell(this, n, builtins == null ? null : builtins.cell(n)));
    }
    return c;
  }

  /** The value bound to a name here, or Java null. */
  public Object get(String name) {
    NameCell c = cells.get(name);
    return c == null ? null : c.get();
  }

  /** The value here, else the builtin of that name, else Java null. */
  public Object lookup(String name) {
    Object v = get(name);
    return v != null || builtins == null ? v : builtins.get(name);
  }

  public void put(String name, Object value) {
    cell(name).set(value);
  }

  /** Unbinds a name; returns its old value, or null when it was not bound. */
  public Object remove(String name) {
    NameCell c = cells.get(name);
    return c == null ? null : c.clear();
  }

  long nextBindOrder() {
    return bindCounter.incrementAndGet();
  }

  /**
   * A live view as a map holding the bound names only, iterated in the order they were bound
   * (as CPython's dicts keep insertion order).
   */
  public Map<String, Object> asMap() {
    return view;
  }

  /** The bound names and their values in binding order: a snapshot. */
  private List<Binding> bindings() {
    List<Binding> bound = new ArrayList<>();
    for (NameCell c : cells.values()) {
      Object v = c.get();
      if (v != null) {
        bound.add(new Binding(c, v, c.bindOrder()));
      }
    }
    bound.sort(Comparator.comparingLong(Binding::order));
    return bound;
  }

  private record Binding(NameCell cell, Object value, long order) {}

  private final class View extends AbstractMap<String, Object> {
    @Override
    public Object get(Object key) {
      return key instanceof String name ? Namespace.this.get(name) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public Object put(String key, Object value) {
      if (value == null) {
        throw new NullPointerException("a namespace holds no Java null");
      }
      NameCell c = cell(key);
      Object old = c.get();
      c.set(value);
      return old;
    }

    @Override
    public Object remove(Object key) {
      return key instanceof String name ? Namespace.this.remove(name) : null;
    }

    @Override
    public int size() {
      int n = 0;
      for (NameCell c : cells.values()) {
        if (c.get() != null) {
          n++;
        }
      }
      return n;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return View.this.size();
        }

        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
          return new EntryIterator(bindings().iterator());
        }
      };
    }
  }

  /** Entries of a snapshot of the bindings; setValue and remove write through. */
  private static final class EntryIterator implements Iterator<Map.Entry<String, Object>> {
    private final Iterator<Binding> bindings;
    private NameCell last;

    EntryIterator(Iterator<Binding> bindings) {
      this.bindings = bindings;
    }

    @Override
    public boolean hasNext() {
      return bindings.hasNext();
    }

    @Override
    public Map.Entry<String, Object> next() {
      if (!bindings.hasNext()) {
        throw new NoSuchElementException();
      }
      Binding b = bindings.next();
      NameCell c = b.cell();
      last = c;
      return new AbstractMap.SimpleEntry<>(c.name(), b.value()) {
        @Override
        public Object setValue(Object v) {
          c.set(v);
          return super.setValue(v);
        }
      };
    }

    @Override
    public void remove() {
      if (last == null) {
        throw new IllegalStateException();
      }
      last.clear();
      last = null;
    }
  }
}
