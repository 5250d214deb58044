package org.pygen.runtime;

/** Set algebra on {@link PySet}s; results take the left operand's frozenness, as in CPython. */
final class SetOps {
  private SetOps() {}

  static boolean isSubset(PySet s, PySet t) {
    for (Object o : s.toArray()) {
      if (!t.contains(o)) {
        return false;
      }
    }
    return true;
  }

  static PySet union(PySet s, PySet t) {
    PySet r = s.copy(s.isFrozen());
    for (Object o : t.toArray()) {
      r.add(o);
    }
    return r;
  }

  static PySet intersection(PySet s, PySet t) {
    PySet r = new PySet(s.isFrozen());
    for (Object o : s.toArray()) {
      if (t.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }

  static PySet difference(PySet s, PySet t) {
    PySet r = new PySet(s.isFrozen());
    for (Object o : s.toArray()) {
      if (!t.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }

  static PySet symmetricDifference(PySet s, PySet t) {
    PySet r = difference(s, t);
    for (Object o : t.toArray()) {
      if (!s.contains(o)) {
        r.add(o);
      }
    }
    return r;
  }
}
