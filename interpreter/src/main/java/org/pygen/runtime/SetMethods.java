package org.pygen.runtime;

import java.util.Map;

/** The methods of {@code set} and {@code frozenset}. */
final class SetMethods {
  private SetMethods() {}

  static final Map<String, BuiltinMethod> TABLE =
      Map.ofEntries(
          Map.entry("add", SetMethods::add),
          Map.entry("remove", SetMethods::remove),
          Map.entry("discard", SetMethods::discard),
          Map.entry("pop", SetMethods::pop),
          Map.entry("clear", SetMethods::clear),
          Map.entry("copy", SetMethods::copy),
          Map.entry("update", SetMethods::update),
          Map.entry("intersection_update", SetMethods::intersectionUpdate),
          Map.entry("difference_update", SetMethods::differenceUpdate),
          Map.entry("symmetric_difference_update", SetMethods::symmetricDifferenceUpdate),
          Map.entry("union", (ts, self, args, kw) -> combine(ts, self, args, kw, "union")),
          Map.entry("intersection",
              (ts, self, args, kw) -> combine(ts, self, args, kw, "intersection")),
          Map.entry("difference",
              (ts, self, args, kw) -> combine(ts, self, args, kw, "difference")),
          Map.entry("symmetric_difference", (ts, self, args, kw) ->
              SetOps.symmetricDifference(
                  (PySet) self, toSet(ts, Args.exactlyOne(qualified(self, "symmetric_difference"), args, kw)))),
          Map.entry("issubset", (ts, self, args, kw) ->
              SetOps.isSubset((PySet) self, toSet(ts, Args.exactlyOne(qualified(self, "issubset"), args, kw)))),
          Map.entry("issuperset", (ts, self, args, kw) ->
              SetOps.isSubset(
                  toSet(ts, Args.exactlyOne(qualified(self, "issuperset"), args, kw)), (PySet) self)),
          Map.entry("isdisjoint", (ts, self, args, kw) ->
              SetOps.intersection(
                  (PySet) self, toSet(ts, Args.exactlyOne(qualified(self, "isdisjoint"), args, kw))).size()
                  == 0));

  /** The method's name as CPython shows it in errors: set.union or frozenset.union. */
  private static String qualified(Object self, String method) {
    return (((PySet) self).isFrozen() ? "frozenset." : "set.") + method;
  }

  private static PySet mutable(Object self, String method) {
    PySet s = (PySet) self;
    if (s.isFrozen()) {
      throw PyException.attributeError("'frozenset' object has no attribute '" + method + "'");
    }
    return s;
  }

  static PySet toSet(ThreadState ts, Object iterable) {
    if (iterable instanceof PySet s) {
      return s;
    }
    PySet s = new PySet();
    s.updateFrom(ts, iterable);
    return s;
  }

  private static Object add(ThreadState ts, Object self, Object[] args, String[] kw) {
    PySet set = mutable(self, "add");
    Object item = Args.exactlyOne("set.add", args, kw);
    ts.checkSize(16L * (set.size() + 1L));
    set.add(item);
    return PyNone.NONE;
  }

  private static Object remove(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object x = Args.exactlyOne("set.remove", args, kw);
    if (!mutable(self, "remove").discard(x)) {
      throw PyException.keyError(x);
    }
    return PyNone.NONE;
  }

  private static Object discard(ThreadState ts, Object self, Object[] args, String[] kw) {
    mutable(self, "discard").discard(Args.exactlyOne("set.discard", args, kw));
    return PyNone.NONE;
  }

  private static Object pop(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("set.pop", args, kw);
    return mutable(self, "pop").pop();
  }

  private static Object clear(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("set.clear", args, kw);
    mutable(self, "clear").clear();
    return PyNone.NONE;
  }

  private static Object copy(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none(qualified(self, "copy"), args, kw);
    PySet s = (PySet) self;
    // An immutable frozenset is its own copy, as in CPython (f.copy() is f).
    return s.isFrozen() ? s : s.copy(false);
  }

  private static Object update(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.noKeywords("set.update", kw);
    PySet s = mutable(self, "update");
    for (Object other : args) {
      s.updateFrom(ts, other);
    }
    return PyNone.NONE;
  }

  /** CPython builds the intersection aside and then swaps it in, so the layout is the new set's. */
  private static Object intersectionUpdate(
      ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.noKeywords("set.intersection_update", kw);
    PySet s = mutable(self, "intersection_update");
    s.replaceContents((PySet) combine(ts, s, args, kw, "intersection"));
    return PyNone.NONE;
  }

  /** Removes in place, so the remaining elements keep their slots (and print order). */
  private static Object differenceUpdate(
      ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.noKeywords("set.difference_update", kw);
    PySet s = mutable(self, "difference_update");
    for (Object other : args) {
      if (other == s) {
        s.clear();
        continue;
      }
      for (Object o : Ops.toArray(ts, other)) {
        s.discard(o);
      }
    }
    return PyNone.NONE;
  }

  /** As CPython: a non-set argument is made a set first, so its duplicates count once. */
  private static Object symmetricDifferenceUpdate(
      ThreadState ts, Object self, Object[] args, String[] kw) {
    PySet s = mutable(self, "symmetric_difference_update");
    Object arg = Args.exactlyOne("set.symmetric_difference_update", args, kw);
    if (arg == s) {
      s.clear();
      return PyNone.NONE;
    }
    Object[] items = arg instanceof PyDict d ? d.keysArray() : toSet(ts, arg).toArray();
    for (Object o : items) {
      if (!s.discard(o)) {
        s.add(o);
      }
    }
    return PyNone.NONE;
  }

  private static Object combine(
      ThreadState ts, Object self, Object[] args, String[] kw, String op) {
    Args.noKeywords(qualified(self, op), kw);
    PySet result = (PySet) self;
    if (args.length == 0) {
      return result.copy(result.isFrozen());
    }
    switch (op) {
      case "union":
        result = result.copy(result.isFrozen());
        for (Object other : args) {
          result.updateFrom(ts, other);
        }
        return result;
      case "intersection":
        for (Object other : args) {
          result = SetOps.intersection(ts, result, other);
        }
        return result;
      default:
        result = SetOps.difference(ts, result, args[0]);
        for (int i = 1; i < args.length; i++) {
          for (Object o : Ops.toArray(ts, args[i])) {
            result.discard(o);
          }
        }
        return result;
    }
  }
}
