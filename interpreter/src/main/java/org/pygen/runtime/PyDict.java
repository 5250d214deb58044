package org.pygen.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code dict}: insertion ordered, with Python key equality ({@code 1}, {@code 1.0} and
 * {@code True} are one key). Built like CPython's compact dict: entries are kept in insertion
 * order in parallel arrays, and an open-addressing index table maps hashes to entries. Every public
 * operation is atomic (synchronized on the dict).
 */
public final class PyDict implements PyObjectTyped {
  private static final int EMPTY = 0;
  private static final int DELETED = -1;
  private static final int MIN_TABLE = 8;

  // Entry arrays in insertion order; a removed entry has a null key.
  private Object[] keys;
  private Object[] values;
  private int[] hashes;
  private int used;
  private int size;
  // Open addressing index: EMPTY, DELETED, or entry index + 1.
  private int[] table;
  // Table slots that are not EMPTY (entries and DELETED markers). Kept below the table's length
  // so that every probe meets an EMPTY slot: removing the last entry gives its index back to
  // the next insertion, which may take a new slot, so entries alone do not bound this.
  private int filled;
  private int shift;
  // Changes whenever a key is added or removed, so iterators notice.
  private int version;

  public PyDict() {
    allocate(MIN_TABLE);
  }

  private void allocate(int tableLength) {
    // Every array is allocated before any field changes: an OutOfMemoryError on the way leaves
    // the dict as it was, not half replaced.
    int capacity = tableLength * 2 / 3;
    int[] newTable = new int[tableLength];
    Object[] newKeys = new Object[capacity];
    Object[] newValues = new Object[capacity];
    int[] newHashes = new int[capacity];
    table = newTable;
    shift = 32 - Integer.numberOfTrailingZeros(tableLength);
    keys = newKeys;
    values = newValues;
    hashes = newHashes;
    used = 0;
    filled = 0;
  }

  @Override
  public String typeName() {
    return "dict";
  }

  private static int hashOf(Object key) {
    long h = Ops.hash(key);
    return (int) (h ^ (h >>> 32));
  }

  private int slotOf(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  /** The entry index of {@code key}, or -1. Caller holds the lock. */
  private int findEntry(Object key, int h) {
    int mask = table.length - 1;
    for (int i = slotOf(h); ; i = (i + 1) & mask) {
      int t = table[i];
      if (t == EMPTY) {
        return -1;
      }
      if (t > 0) {
        int e = t - 1;
        Object k = keys[e];
        if (k == key || (hashes[e] == h && Ops.eq(k, key))) {
          return e;
        }
      }
    }
  }

  /** The table slot pointing at entry {@code e}. Caller holds the lock. */
  private int slotOfEntry(int e) {
    int mask = table.length - 1;
    for (int i = slotOf(hashes[e]); ; i = (i + 1) & mask) {
      if (table[i] == e + 1) {
        return i;
      }
    }
  }

  /** The number of entries. */
  public synchronized int size() {
    return size;
  }

  /** The value for {@code key}, or Java null when absent. Raises TypeError for unhashable keys. */
  public Object getOrNull(Object key) {
    int h = hashOf(key);
    synchronized (this) {
      int e = findEntry(key, h);
      return e < 0 ? null : values[e];
    }
  }

  /** {@code d[key]}: the value, or KeyError. */
  public Object getItem(Object key) {
    Object v = getOrNull(key);
    if (v == null) {
      throw PyException.keyError(key);
    }
    return v;
  }

  /** {@code key in d}. */
  public boolean containsKey(Object key) {
    return getOrNull(key) != null;
  }

  /** {@code d[key] = value}. */
  public void put(Object key, Object value) {
    int h = hashOf(key);
    synchronized (this) {
      putUnlocked(key, h, value);
    }
  }

  private void putUnlocked(Object key, int h, Object value) {
    int e = findEntry(key, h);
    if (e >= 0) {
      values[e] = value;
      return;
    }
    if (used == keys.length || filled == keys.length) {
      resize();
    }
    e = used++;
    keys[e] = key;
    values[e] = value;
    hashes[e] = h;
    int mask = table.length - 1;
    int i = slotOf(h);
    while (table[i] > 0) {
      i = (i + 1) & mask;
    }
    if (table[i] == EMPTY) {
      filled++;
    }
    table[i] = e + 1;
    size++;
    version++;
  }

  /** Rebuilds the table for the live entries, compacting out removed ones and growing. */
  private void resize() {
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    int oldUsed = used;
    int tableLength = MIN_TABLE;
    while (tableLength * 2 / 3 < size * 2 + 1) {
      tableLength <<= 1;
    }
    allocate(tableLength);
    int mask = tableLength - 1;
    for (int e = 0; e < oldUsed; e++) {
      if (oldKeys[e] != null) {
        int n = used++;
        keys[n] = oldKeys[e];
        values[n] = oldValues[e];
        hashes[n] = oldHashes[e];
        int i = slotOf(oldHashes[e]);
        while (table[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        table[i] = n + 1;
      }
    }
    filled = used;
    version++;
  }

  /** {@code d.setdefault(key, value)}: the existing value, or {@code value} after storing it. */
  public Object setDefault(Object key, Object value) {
    int h = hashOf(key);
    synchronized (this) {
      int e = findEntry(key, h);
      if (e >= 0) {
        return values[e];
      }
      putUnlocked(key, h, value);
      return value;
    }
  }

  /** Removes {@code key}; returns its value, or Java null when it was absent. */
  public Object remove(Object key) {
    int h = hashOf(key);
    synchronized (this) {
      int e = findEntry(key, h);
      if (e < 0) {
        return null;
      }
      return removeEntry(e);
    }
  }

  private Object removeEntry(int e) {
    Object old = values[e];
    table[slotOfEntry(e)] = DELETED;
    keys[e] = null;
    values[e] = null;
    size--;
    version++;
    if (e == used - 1) {
      used--;
    }
    return old;
  }

  /** {@code del d[key]}: KeyError when absent. */
  public void delItem(Object key) {
    if (remove(key) == null) {
      throw PyException.keyError(key);
    }
  }

  /** {@code d.popitem()}: the last inserted (key, value) pair, removed. */
  public synchronized PyTuple popItem() {
    for (int e = used - 1; e >= 0; e--) {
      if (keys[e] != null) {
        Object k = keys[e];
        Object v = removeEntry(e);
        return PyTuple.wrap(new Object[] {k, v});
      }
    }
    throw PyException.of(PyExceptionType.KEY_ERROR, "popitem(): dictionary is empty");
  }

  /** Removes every entry. */
  public synchronized void clear() {
    allocate(MIN_TABLE);
    size = 0;
    version++;
  }

  /** A shallow copy. */
  public synchronized PyDict copy() {
    PyDict d = new PyDict();
    d.keys = Arrays.copyOf(keys, keys.length);
    d.values = Arrays.copyOf(values, values.length);
    d.hashes = Arrays.copyOf(hashes, hashes.length);
    d.table = Arrays.copyOf(table, table.length);
    d.shift = shift;
    d.used = used;
    d.filled = filled;
    d.size = size;
    return d;
  }

  /** Adds every entry of {@code other}, in its order (for {@code update} and {@code |}). */
  public void putAll(PyDict other) {
    Object[] ks;
    Object[] vs;
    synchronized (other) {
      ks = other.keysArray();
      vs = other.valuesArray();
    }
    for (int i = 0; i < ks.length; i++) {
      put(ks[i], vs[i]);
    }
  }

  /** A snapshot of the keys in order. */
  public synchronized Object[] keysArray() {
    Object[] out = new Object[size];
    for (int e = 0, n = 0; e < used; e++) {
      if (keys[e] != null) {
        out[n++] = keys[e];
      }
    }
    return out;
  }

  /** A snapshot of the values in key order. */
  public synchronized Object[] valuesArray() {
    Object[] out = new Object[size];
    for (int e = 0, n = 0; e < used; e++) {
      if (keys[e] != null) {
        out[n++] = values[e];
      }
    }
    return out;
  }

  /** A snapshot of the entries as (key, value) tuples in order. */
  public synchronized PyTuple[] itemsArray() {
    PyTuple[] out = new PyTuple[size];
    for (int e = 0, n = 0; e < used; e++) {
      if (keys[e] != null) {
        out[n++] = PyTuple.wrap(new Object[] {keys[e], values[e]});
      }
    }
    return out;
  }

  /** A snapshot as a Java map in insertion order (Java key equality). */
  public synchronized Map<Object, Object> toMap() {
    Map<Object, Object> m = new LinkedHashMap<>();
    for (int e = 0; e < used; e++) {
      if (keys[e] != null) {
        m.put(keys[e], values[e]);
      }
    }
    return m;
  }

  /** What a dict iterator yields. */
  enum IterKind {
    KEYS,
    VALUES,
    ITEMS
  }

  /** An iterator over keys, values or items that notices when the dict changes size. */
  PyIterator iterator(IterKind kind, String changedMessage, String typeName) {
    return new DictIterator(kind, changedMessage, typeName);
  }

  private final class DictIterator implements PyIterator, PyObjectTyped {
    private final IterKind kind;
    private final String changedMessage;
    private final String typeName;
    private int position;
    private int expectedSize;
    private int expectedVersion;
    private boolean done;

    DictIterator(IterKind kind, String changedMessage, String typeName) {
      this.kind = kind;
      this.changedMessage = changedMessage;
      this.typeName = typeName;
      synchronized (PyDict.this) {
        this.expectedSize = size;
        this.expectedVersion = version;
      }
    }

    @Override
    public String typeName() {
      return typeName;
    }

    @Override
    public Object next(ThreadState ts) {
      synchronized (PyDict.this) {
        if (done) {
          return DONE;
        }
        if (size != expectedSize) {
          expectedSize = -1; // keep failing, as CPython does
          throw PyException.runtimeError(changedMessage + " changed size during iteration");
        }
        if (version != expectedVersion) {
          expectedSize = -1;
          throw PyException.runtimeError(changedMessage + " keys changed during iteration");
        }
        while (position < used && keys[position] == null) {
          position++;
        }
        if (position >= used) {
          done = true;
          return DONE;
        }
        int e = position++;
        switch (kind) {
          case KEYS:
            return keys[e];
          case VALUES:
            return values[e];
          default:
            return PyTuple.wrap(new Object[] {keys[e], values[e]});
        }
      }
    }

    @Override
    public String toString() {
      return "<" + typeName + " object at " + Ops.addressOf(this) + ">";
    }
  }

  @Override
  public String toString() {
    return Ops.repr(this);
  }
}
