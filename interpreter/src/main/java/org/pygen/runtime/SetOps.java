package org.pygen.runtime;

/**
 * Set algebra on {@link PySet}s. Each follows CPython's algorithm for which set is walked and
 * which elements are kept, so results iterate (and print) in CPython's order; results take the
 * left operand's frozenness, as in CPython.
 */
final class SetOps {
  private SetOps() {}

  static boolean isSubset(PySet s, PySet t) {
    if (s.size() > t.size()) {
      return false;
    }
    for (Object o : s.toArray()) {
      if (!t.contains(o)) {
        return false;
      }
    }
    return true;
  }

  /** {@code s | t}: a copy of s, then t's elements. */
  static PySet union(PySet s, PySet t) {
    PySet r = s.copy(s.isFrozen());
    r.mergeFrom(t);
    return r;
  }

  /** {@code s & t}: walks the smaller set and keeps its elements that the other has. */
  static PySet intersection(PySet s, PySet t) {
    PySet r = new PySet(s.isFrozen());
    PySet small = t.size() > s.size() ? s : t;
    PySet large = small == s ? t : s;
    for (Object o : small.toArray()) {
      if (large.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }

  /** {@code s & iterable} for any iterable: its items, in its order, that s has. */
  static PySet intersection(ThreadState ts, PySet s, Object iterable) {
    if (iterable instanceof PySet t) {
      return intersection(s, t);
    }
    PySet r = new PySet(s.isFrozen());
    PyIterator it = Ops.iter(ts, iterable);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      if (s.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }

  /** {@code s - t}: s's elements not in t (a copy minus t when s is much larger). */
  static PySet difference(PySet s, PySet t) {
    if ((s.size() >> 2) > t.size()) {
      PySet r = s.copy(s.isFrozen());
      for (Object o : t.toArray()) {
        r.discard(o);
      }
      return r;
    }
    PySet r = new PySet(s.isFrozen());
    for (Object o : s.toArray()) {
      if (!t.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }

  /** {@code s.difference(iterable)} for any iterable: a copy of s minus each item. */
  static PySet difference(ThreadState ts, PySet s, Object iterable) {
    if (iterable instanceof PySet t) {
      return difference(s, t);
    }
    PySet r = s.copy(s.isFrozen());
    PyIterator it = Ops.iter(ts, iterable);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      r.discard(o);
    }
    return r;
  }

  /** {@code s ^ t}: a copy of t, then each element of s removed if present, else added. */
  static PySet symmetricDifference(PySet s, PySet t) {
    PySet r = t.copy(s.isFrozen());
    for (Object o : s.toArray()) {
      if (!r.discard(o)) {
        r.add(o);
      }
    }
    return r;
  }

  /** {@code s.difference_update(iterable)} for one iterable (in place). */
  static void differenceUpdate(ThreadState ts, PySet s, Object iterable) {
    if (iterable == s) {
      s.clear();
      return;
    }
    Object[] items = iterable instanceof PySet t ? t.toArray() : null;
    if (items != null) {
      for (Object o : items) {
        s.discard(o);
      }
      return;
    }
    PyIterator it = Ops.iter(ts, iterable);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      s.discard(o);
    }
  }

  /**
   * {@code s.symmetric_difference_update(iterable)} (in place): each element of the other side
   * is removed if present, else added; a non-set is made a set first, so its duplicates count
   * once, and a dict gives its keys.
   */
  static void symmetricDifferenceUpdate(ThreadState ts, PySet s, Object iterable) {
    if (iterable == s) {
      s.clear();
      return;
    }
    Object[] items;
    if (iterable instanceof PyDict d) {
      items = d.keysArray();
    } else if (iterable instanceof PySet t) {
      items = t.toArray();
    } else {
      PySet t = new PySet();
      t.updateFrom(ts, iterable);
      items = t.toArray();
    }
    for (Object o : items) {
      if (!s.discard(o)) {
        s.add(o);
      }
    }
  }
}
