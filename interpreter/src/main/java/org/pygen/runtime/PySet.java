package org.pygen.runtime;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Python's {@code set} (and, when frozen, {@code frozenset}), with Python element equality.
 *
 * <p>The table follows CPython's set algorithm step for step (linear probing in runs of nine,
 * then perturbed jumps; the same growth and resize rules), because a set's iteration order is its
 * table order and programs print sets: with CPython-compatible hashes, {@code {3, 1, 2}} prints
 * as {@code {1, 2, 3}} here too. Every public operation is atomic (synchronized on the set).
 */
public final class PySet implements PyObjectTyped {
  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  /** Marks a slot whose element was removed; probing continues past it. */
  private static final Object DUMMY = new Object();

  private final boolean frozen;
  private Object[] keys = new Object[MIN_SIZE];
  private long[] hashes = new long[MIN_SIZE];
  private int mask = MIN_SIZE - 1;
  private int fill; // active plus dummy slots
  private int used; // active slots
  private int finger; // where pop() looks next

  /** An empty set. */
  public PySet() {
    this(false);
  }

  /** An empty set, or an empty frozenset when {@code frozen}. */
  public PySet(boolean frozen) {
    this.frozen = frozen;
  }

  /** A set of the given items, added in order. */
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
  public synchronized int size() {
    return used;
  }

  // ------------------------------------------------------------------ the table

  /** The slot holding an element equal to {@code key}, or -1. Caller holds the lock. */
  private int find(Object key, long hash) {
    int i = (int) (hash & mask);
    long perturb = hash;
    while (true) {
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = keys[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /** Adds {@code key} unless an equal element is present. Caller holds the lock. */
  private void addEntry(Object key, long hash) {
    int i = (int) (hash & mask);
    long perturb = hash;
    int freeSlot = -1;
    while (true) {
      int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = keys[j];
        if (k == null) {
          if (freeSlot >= 0) {
            // Reuse the last removed slot seen on the probe path, as CPython 3.11 does.
            keys[freeSlot] = key;
            hashes[freeSlot] = hash;
            used++;
            return;
          }
          keys[j] = key;
          hashes[j] = hash;
          fill++;
          used++;
          if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
          }
          return;
        }
        if (k == DUMMY) {
          freeSlot = j; // CPython 3.11's set_add_entry overwrites it at every dummy
        } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
          return;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /** Rebuilds the table with room for {@code minUsed} elements, keeping table order. */
  private void resize(int minUsed) {
    int size = MIN_SIZE;
    while (size <= minUsed) {
      size <<= 1;
    }
    Object[] oldKeys = keys;
    long[] oldHashes = hashes;
    // Both arrays before either field: an OutOfMemoryError leaves the set as it was.
    Object[] newKeys = new Object[size];
    long[] newHashes = new long[size];
    keys = newKeys;
    hashes = newHashes;
    mask = size - 1;
    fill = used;
    for (int j = 0; j < oldKeys.length; j++) {
      Object k = oldKeys[j];
      if (k != null && k != DUMMY) {
        insertClean(k, oldHashes[j]);
      }
    }
  }

  /** Puts a known-absent element in the first free slot of its probe sequence. */
  private void insertClean(Object key, long hash) {
    int i = (int) (hash & mask);
    long perturb = hash;
    while (true) {
      if (keys[i] == null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (keys[j] == null) {
            keys[j] = key;
            hashes[j] = hash;
            return;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  // ------------------------------------------------------------------ operations

  /**
   * The key to look up for {@code o}: a (mutable, unhashable) set is looked up as the equal
   * frozenset, as CPython's set_contains, discard and remove do.
   */
  private static Object lookupKey(Object o) {
    return o instanceof PySet s && !s.frozen ? s.copy(true) : o;
  }

  /** {@code o in s}, by Python equality. */
  public boolean contains(Object o) {
    o = lookupKey(o);
    long h = Ops.hash(o);
    synchronized (this) {
      return find(o, h) >= 0;
    }
  }

  /** Adds {@code o} (an element already present is kept, as in CPython). */
  public void add(Object o) {
    long h = Ops.hash(o);
    synchronized (this) {
      addEntry(o, h);
    }
  }

  /** Removes {@code o}; returns true when it was there. */
  public boolean discard(Object o) {
    o = lookupKey(o);
    long h = Ops.hash(o);
    synchronized (this) {
      int j = find(o, h);
      if (j < 0) {
        return false;
      }
      keys[j] = DUMMY;
      hashes[j] = -1;
      used--;
      return true;
    }
  }

  /** {@code s.pop()}: removes and returns an element, in CPython's order; KeyError if empty. */
  public synchronized Object pop() {
    if (used == 0) {
      throw PyException.of(PyExceptionType.KEY_ERROR, "pop from an empty set");
    }
    int j = finger & mask;
    while (keys[j] == null || keys[j] == DUMMY) {
      j = (j + 1) & mask;
    }
    Object k = keys[j];
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    finger = j + 1;
    return k;
  }

  /** Removes every element. */
  public synchronized void clear() {
    Object[] newKeys = new Object[MIN_SIZE];
    long[] newHashes = new long[MIN_SIZE];
    keys = newKeys;
    hashes = newHashes;
    mask = MIN_SIZE - 1;
    fill = 0;
    used = 0;
  }

  /** Takes over {@code other}'s contents and layout (CPython's swap of set bodies). */
  void replaceContents(PySet other) {
    Object[] otherKeys;
    long[] otherHashes;
    int otherFill;
    int otherUsed;
    synchronized (other) {
      otherKeys = other.keys.clone();
      otherHashes = other.hashes.clone();
      otherFill = other.fill;
      otherUsed = other.used;
    }
    synchronized (this) {
      keys = otherKeys;
      hashes = otherHashes;
      mask = otherKeys.length - 1;
      fill = otherFill;
      used = otherUsed;
    }
  }

  /** A snapshot of the elements in iteration order. */
  public synchronized Object[] toArray() {
    Object[] out = new Object[used];
    int n = 0;
    for (Object k : keys) {
      if (k != null && k != DUMMY) {
        out[n++] = k;
      }
    }
    return out;
  }

  /** A snapshot as a Java set (Java element equality), in iteration order. */
  public Set<Object> toSet() {
    return new LinkedHashSet<>(Arrays.asList(toArray()));
  }

  /** A shallow copy with the given frozenness, laid out as CPython's copy would be. */
  public PySet copy(boolean frozenCopy) {
    PySet s = new PySet(frozenCopy);
    s.mergeFrom(this);
    return s;
  }

  /** Adds every element of {@code other} (CPython's set_merge, including its shortcuts). */
  void mergeFrom(PySet other) {
    if (other == this) {
      return;
    }
    Object[] otherKeys;
    long[] otherHashes;
    int otherUsed;
    int otherFill;
    synchronized (other) {
      otherKeys = other.keys.clone();
      otherHashes = other.hashes.clone();
      otherUsed = other.used;
      otherFill = other.fill;
    }
    if (otherUsed == 0) {
      return;
    }
    synchronized (this) {
      if ((long) (fill + otherUsed) * 5 >= (long) mask * 3) {
        resize((used + otherUsed) * 2);
      }
      if (fill == 0 && mask == otherKeys.length - 1 && otherFill == otherUsed) {
        // Same size, no removed slots: the layout can be copied as it is.
        keys = otherKeys;
        hashes = otherHashes;
        fill = otherFill;
        used = otherUsed;
        return;
      }
      boolean empty = fill == 0;
      for (int j = 0; j < otherKeys.length; j++) {
        Object k = otherKeys[j];
        if (k != null && k != DUMMY) {
          if (empty) {
            insertClean(k, otherHashes[j]);
          } else {
            addEntry(k, otherHashes[j]);
          }
        }
      }
      if (empty) {
        fill = otherUsed;
        used = otherUsed;
      }
    }
  }

  /** Adds every item of an iterable, as {@code set.update} does. */
  void updateFrom(ThreadState ts, Object iterable) {
    if (iterable instanceof PySet other) {
      mergeFrom(other);
      return;
    }
    if (iterable instanceof PyDict d) {
      Object[] dictKeys = d.keysArray();
      long[] dictHashes = new long[dictKeys.length];
      for (int i = 0; i < dictKeys.length; i++) {
        dictHashes[i] = Ops.hash(dictKeys[i]);
      }
      synchronized (this) {
        if ((long) (fill + dictKeys.length) * 5 >= (long) mask * 3) {
          resize((used + dictKeys.length) * 2);
        }
        for (int i = 0; i < dictKeys.length; i++) {
          addEntry(dictKeys[i], dictHashes[i]);
        }
      }
      return;
    }
    PyIterator it = Ops.iter(ts, iterable);
    for (Object x = it.next(ts); x != PyIterator.DONE; x = it.next(ts)) {
      add(x);
    }
  }

  /** An iterator in table order that notices when the set changes size. */
  PyIterator iterator() {
    return new SetIterator();
  }

  private final class SetIterator implements PyIterator, PyObjectTyped {
    private int position;
    private int expectedSize;
    private boolean done;

    SetIterator() {
      synchronized (PySet.this) {
        expectedSize = used;
      }
    }

    @Override
    public Object next(ThreadState ts) {
      synchronized (PySet.this) {
        if (done) {
          return DONE;
        }
        if (used != expectedSize) {
          expectedSize = -1; // keep failing, as CPython does
          throw PyException.runtimeError("Set changed size during iteration");
        }
        while (position < keys.length) {
          Object k = keys[position++];
          if (k != null && k != DUMMY) {
            return k;
          }
        }
        done = true;
        return DONE;
      }
    }

    @Override
    public String typeName() {
      return "set_iterator";
    }

    @Override
    public String toString() {
      return "<set_iterator object at " + Ops.addressOf(this) + ">";
    }
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
