package org.pygen.runtime;

import java.util.Map;

/** The methods of {@code dict}. */
final class DictMethods {
  private DictMethods() {}

  static final Map<String, BuiltinMethod> TABLE =
      Map.ofEntries(
          Map.entry("get", DictMethods::get),
          Map.entry("keys", DictMethods::keys),
          Map.entry("values", DictMethods::values),
          Map.entry("items", DictMethods::items),
          Map.entry("pop", DictMethods::pop),
          Map.entry("popitem", DictMethods::popItem),
          Map.entry("setdefault", DictMethods::setDefault),
          Map.entry("update", DictMethods::update),
          Map.entry("clear", DictMethods::clear),
          Map.entry("copy", DictMethods::copy),
          Map.entry("__getitem__", (ts, self, args, kw) ->
              ((PyDict) self).getItem(Args.exactlyOne("dict.__getitem__", args, kw))),
          Map.entry("__contains__", (ts, self, args, kw) ->
              ((PyDict) self).containsKey(Args.exactlyOne("dict.__contains__", args, kw))),
          Map.entry("__len__", (ts, self, args, kw) -> {
            Args.none("dict.__len__", args, kw);
            return (long) ((PyDict) self).size();
          }));

  private static Object get(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("dict.get", "get", args, kw, 1, 2);
    Object v = ((PyDict) self).getOrNull(args[0]);
    if (v != null) {
      return v;
    }
    return args.length > 1 ? args[1] : PyNone.NONE;
  }

  private static Object keys(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.keys", args, kw);
    return new PyDictView((PyDict) self, PyDict.IterKind.KEYS);
  }

  private static Object values(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.values", args, kw);
    return new PyDictView((PyDict) self, PyDict.IterKind.VALUES);
  }

  private static Object items(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.items", args, kw);
    return new PyDictView((PyDict) self, PyDict.IterKind.ITEMS);
  }

  private static Object pop(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("dict.pop", "pop", args, kw, 1, 2);
    Object v = ((PyDict) self).remove(args[0]);
    if (v != null) {
      return v;
    }
    if (args.length > 1) {
      return args[1];
    }
    throw PyException.keyError(args[0]);
  }

  private static Object popItem(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.popitem", args, kw);
    return ((PyDict) self).popItem();
  }

  private static Object setDefault(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("dict.setdefault", "setdefault", args, kw, 1, 2);
    return ((PyDict) self).setDefault(args[0], args.length > 1 ? args[1] : PyNone.NONE);
  }

  private static Object update(ThreadState ts, Object self, Object[] args, String[] kw) {
    int npos = Args.positional(args, kw);
    if (npos > 1) {
      throw PyException.typeError("update expected at most 1 argument, got " + npos);
    }
    PyDict d = (PyDict) self;
    if (npos == 1) {
      updateFrom(ts, d, args[0]);
    }
    for (int i = npos; i < args.length; i++) {
      d.put(kw[i - npos], args[i]);
    }
    return PyNone.NONE;
  }

  /** Adds a mapping's entries, or an iterable of key/value pairs, as {@code dict.update} does. */
  static void updateFrom(ThreadState ts, PyDict d, Object source) {
    if (source instanceof PyDict other) {
      d.putAll(other);
      return;
    }
    PyIterator it = Ops.iter(ts, source);
    int index = 0;
    for (Object item = it.next(ts); item != PyIterator.DONE; item = it.next(ts), index++) {
      if (!Iteration.isIterable(item)) {
        throw PyException.typeError(
            "cannot convert dictionary update sequence element #" + index + " to a sequence");
      }
      Object[] pair = Ops.toArray(ts, item);
      if (pair.length != 2) {
        throw PyException.valueError(
            "dictionary update sequence element #"
                + index
                + " has length "
                + pair.length
                + "; 2 is required");
      }
      d.put(pair[0], pair[1]);
    }
  }

  private static Object clear(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.clear", args, kw);
    ((PyDict) self).clear();
    return PyNone.NONE;
  }

  private static Object copy(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("dict.copy", args, kw);
    return ((PyDict) self).copy();
  }

  /** {@code dict.fromkeys(iterable, value=None)}. */
  static Object fromKeys(ThreadState ts, Object[] args, String[] kw) {
    Args.count("fromkeys", args, kw, 1, 2);
    Object value = args.length > 1 ? args[1] : PyNone.NONE;
    PyDict d = new PyDict();
    for (Object k : Ops.toArray(ts, args[0])) {
      d.put(k, value);
    }
    return d;
  }
}
