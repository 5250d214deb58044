package org.pygen.runtime;

import java.util.Map;

/** The methods of {@code list}. */
final class ListMethods {
  private ListMethods() {}

  static final Map<String, BuiltinMethod> TABLE =
      Map.ofEntries(
          Map.entry("append", new OneArgumentMethod("list.append", ListMethods::append)),
          Map.entry("extend", ListMethods::extend),
          Map.entry("insert", ListMethods::insert),
          Map.entry("pop", ListMethods::pop),
          Map.entry("remove", ListMethods::remove),
          Map.entry("index", ListMethods::index),
          Map.entry("count", ListMethods::count),
          Map.entry("clear", ListMethods::clear),
          Map.entry("copy", ListMethods::copy),
          Map.entry("reverse", ListMethods::reverse),
          Map.entry("sort", ListMethods::sort),
          Map.entry("__len__", (ts, self, args, kw) -> {
            Args.none("list.__len__", args, kw);
            return (long) ((PyList) self).size();
          }),
          Map.entry("__getitem__", (ts, self, args, kw) ->
              Ops.getItem(self, Args.exactlyOne("list.__getitem__", args, kw))),
          Map.entry("__contains__", (ts, self, args, kw) ->
              ((PyList) self).contains(Args.exactlyOne("list.__contains__", args, kw))));

  private static Object append(ThreadState ts, Object self, Object item) {
    PyList list = (PyList) self;
    ts.checkSize(8L * (list.size() + 1L));
    list.append(item);
    return PyNone.NONE;
  }

  private static Object extend(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object iterable = Args.exactlyOne("list.extend", args, kw);
    Object[] items = Ops.toArray(ts, iterable);
    ts.checkSize(8L * ((PyList) self).size() + 8L * items.length);
    ((PyList) self).extend(items);
    return PyNone.NONE;
  }

  private static Object insert(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("list.insert", "insert", args, kw, 2, 2);
    ts.checkSize(8L * (((PyList) self).size() + 1L));
    ((PyList) self).insert(MethodArgs.ssize(args[0]), args[1]);
    return PyNone.NONE;
  }

  private static Object pop(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("list.pop", "pop", args, kw, 0, 1);
    return ((PyList) self).pop(args.length == 0 ? -1 : MethodArgs.ssize(args[0]));
  }

  private static Object remove(ThreadState ts, Object self, Object[] args, String[] kw) {
    if (!((PyList) self).remove(Args.exactlyOne("list.remove", args, kw))) {
      throw PyException.valueError("list.remove(x): x not in list");
    }
    return PyNone.NONE;
  }

  private static Object index(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("list.index", "index", args, kw, 1, 3);
    long start = args.length > 1 ? MethodArgs.sliceIndexNotNone(args[1]) : 0;
    long stop = args.length > 2 ? MethodArgs.sliceIndexNotNone(args[2]) : Long.MAX_VALUE;
    int i = ((PyList) self).indexOf(args[0], start, stop);
    if (i < 0) {
      throw PyException.valueError(Ops.repr(args[0]) + " is not in list");
    }
    return (long) i;
  }

  private static Object count(ThreadState ts, Object self, Object[] args, String[] kw) {
    return (long) ((PyList) self).count(Args.exactlyOne("list.count", args, kw));
  }

  private static Object clear(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("list.clear", args, kw);
    ((PyList) self).clear();
    return PyNone.NONE;
  }

  private static Object copy(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("list.copy", args, kw);
    return PyList.wrap(((PyList) self).toArray());
  }

  private static Object reverse(ThreadState ts, Object self, Object[] args, String[] kw) {
    Args.none("list.reverse", args, kw);
    ((PyList) self).reverse();
    return PyNone.NONE;
  }

  private static Object sort(ThreadState ts, Object self, Object[] args, String[] kw) {
    if (args.length > 2) {
      throw PyException.typeError("sort() takes at most 2 arguments (" + args.length + " given)");
    }
    Object[] a = Args.bind("sort", args, kw, 0, 0, "key", "reverse");
    sortList(ts, (PyList) self, a[0], a[1]);
    return PyNone.NONE;
  }

  /** CPython takes reverse as a C int: any int or bool, but not None or other truthy values. */
  private static boolean reverseFlag(Object reverse) {
    if (reverse instanceof java.math.BigInteger) {
      return true;
    }
    return MethodArgs.ssize(reverse) != 0;
  }

  /** {@code lst.sort(key=..., reverse=...)}; also used by {@code sorted()}. */
  static void sortList(ThreadState ts, PyList list, Object key, Object reverse) {
    long[] version = new long[1];
    Object[] items = list.toArray(version);
    Sorting.sort(ts, items, key, reverse != null && reverseFlag(reverse));
    // The sort ran on a snapshot without holding the lock (key functions are user code), so a
    // change made meanwhile would be lost: refuse instead, as CPython does.
    if (!list.replaceAllIfUnchanged(items, version[0])) {
      throw PyException.valueError("list modified during sort");
    }
  }
}
