package org.pygen.runtime;

/**
 * The set behaviour of {@code dict_keys} and {@code dict_items} views, following CPython 3.11's
 * dictobject.c: the operators {@code & | - ^} accept any iterable on the other side (in either
 * position) and give a new set; comparisons against sets and other set-like views are subset
 * tests; {@code isdisjoint}. A {@code dict_values} view is not set-like.
 */
final class DictViewOps {
  private DictViewOps() {}

  /**
   * The thread state for iterating the other operand, which may be a generator. The operators
   * are reached without one (see {@link ThreadState#active}).
   */
  private static ThreadState ts() {
    return ThreadState.active();
  }

  private static boolean isSetLikeView(Object o) {
    return o instanceof PyDictView v && v.isSetLike();
  }

  /** What CPython's dictviews_to_set makes of an operand: a new set of its items. */
  private static PySet toSet(ThreadState ts, Object o) {
    PySet r = new PySet();
    // A keys view is read straight from its dict, which presizes the set as CPython does.
    r.updateFrom(ts, o instanceof PyDictView v && v.isKeys() ? v.dict() : o);
    return r;
  }

  /** {@code a & b} where either operand is a set-like view. */
  static PySet and(Object a, Object b) {
    ThreadState ts = ts();
    PyDictView self;
    Object other;
    if (isSetLikeView(a)) {
      self = (PyDictView) a;
      other = b;
    } else {
      self = (PyDictView) b;
      other = a;
    }
    int selfSize = self.size();
    if (other instanceof PySet s && !s.isFrozen() && selfSize <= s.size()) {
      return SetOps.intersection(ts, s, self); // CPython reuses set.intersection here
    }
    // Walk the smaller of two views, testing membership in the larger.
    if (other instanceof PyDictView v && v.isSetLike() && v.size() > selfSize) {
      other = self;
      self = v;
    }
    PySet result = new PySet();
    PyIterator it = Ops.iter(ts, other);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      if (self.contains(o)) {
        result.add(o);
      }
    }
    return result;
  }

  /** {@code a | b} where either operand is a set-like view: set(a) updated with b. */
  static PySet or(Object a, Object b) {
    ThreadState ts = ts();
    PySet result = toSet(ts, a);
    result.updateFrom(ts, b);
    return result;
  }

  /** {@code a - b} where either operand is a set-like view: set(a) less b's items. */
  static PySet sub(Object a, Object b) {
    ThreadState ts = ts();
    PySet result = toSet(ts, a);
    SetOps.differenceUpdate(ts, result, b);
    return result;
  }

  /** {@code a ^ b} where either operand is a set-like view. */
  static PySet xor(Object a, Object b) {
    if (a instanceof PyDictView x && x.isItems() && b instanceof PyDictView y && y.isItems()) {
      return itemsXor(x, y);
    }
    ThreadState ts = ts();
    PySet result = toSet(ts, a);
    SetOps.symmetricDifferenceUpdate(ts, result, b);
    return result;
  }

  /**
   * CPython's dictitems_xor: the pairs of {@code b} whose key {@code a} lacks or maps to an
   * unequal value, then what remains of a copy of {@code a} after removing b's equal pairs.
   */
  private static PySet itemsXor(PyDictView a, PyDictView b) {
    PyDict rest = a.dict().copy();
    PySet result = new PySet();
    for (PyTuple pair : b.dict().itemsArray()) {
      Object key = pair.get(0);
      Object mine = rest.getOrNull(key);
      if (mine != null && (mine == pair.get(1) || Ops.eq(mine, pair.get(1)))) {
        rest.remove(key);
      } else {
        result.add(pair);
      }
    }
    for (PyTuple pair : rest.itemsArray()) {
      result.add(pair);
    }
    return result;
  }

  /**
   * {@code view == other}: a set-like view equals a set or set-like view with the same items;
   * anything else, and every values view, only by identity.
   */
  static boolean equal(PyDictView view, Object other) {
    if (!view.isSetLike() || !(other instanceof PySet || isSetLikeView(other))) {
      return view == other;
    }
    return view.size() == Ops.len(other) && allContainedIn(view, other);
  }

  /**
   * {@code a < b} and the other orderings when one side is a set-like view and the other a set
   * or set-like view (subset tests); null when neither side supports the comparison.
   */
  static Boolean order(Object a, Object b, Comparisons.Op op) {
    if (isSetLikeView(a) && (b instanceof PySet || isSetLikeView(b))) {
      return order((PyDictView) a, b, op);
    }
    if (isSetLikeView(b) && a instanceof PySet) {
      return order((PyDictView) b, a, reflected(op)); // set declines; the view answers
    }
    return null;
  }

  private static boolean order(PyDictView self, Object other, Comparisons.Op op) {
    long selfSize = self.size();
    long otherSize = Ops.len(other);
    switch (op) {
      case LT:
        return selfSize < otherSize && allContainedIn(self, other);
      case LE:
        return selfSize <= otherSize && allContainedIn(self, other);
      case GT:
        return selfSize > otherSize && allContainedIn(other, self);
      default:
        return selfSize >= otherSize && allContainedIn(other, self);
    }
  }

  private static Comparisons.Op reflected(Comparisons.Op op) {
    switch (op) {
      case LT:
        return Comparisons.Op.GT;
      case LE:
        return Comparisons.Op.GE;
      case GT:
        return Comparisons.Op.LT;
      default:
        return Comparisons.Op.LE;
    }
  }

  /** Whether every item of {@code small} is {@code in big}. */
  private static boolean allContainedIn(Object small, Object big) {
    ThreadState ts = ts();
    PyIterator it = Ops.iter(ts, small);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      if (!Ops.contains(ts, big, o)) {
        return false;
      }
    }
    return true;
  }

  /** {@code view.isdisjoint(other)}: walks the smaller side when both are sized sets. */
  static boolean isDisjoint(ThreadState ts, PyDictView view, Object other) {
    if (view == other) {
      return view.size() == 0;
    }
    Object self = view;
    if ((other instanceof PySet || isSetLikeView(other)) && Ops.len(other) > view.size()) {
      self = other;
      other = view;
    }
    PyIterator it = Ops.iter(ts, other);
    for (Object o = it.next(ts); o != PyIterator.DONE; o = it.next(ts)) {
      if (Ops.contains(ts, self, o)) {
        return false;
      }
    }
    return true;
  }
}
