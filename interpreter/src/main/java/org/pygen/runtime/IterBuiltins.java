package org.pygen.runtime;

import java.util.Map;

/** The builtins that consume or produce iterators: iter, next, sum, min, max, sorted, zip, ... */
final class IterBuiltins {
  private IterBuiltins() {}

  static void install(Map<String, Object> b) {
    b.put("iter", new PyBuiltinFunction("iter", IterBuiltins::iter, IterBuiltins::iterOne));
    b.put("next", new PyBuiltinFunction("next", IterBuiltins::next, IterBuiltins::nextOne));
    Builtins.define(b, "sum", IterBuiltins::sum);
    Builtins.define(b, "min", (ts, args, kw) -> minMax(ts, args, kw, "min"));
    Builtins.define(b, "max", (ts, args, kw) -> minMax(ts, args, kw, "max"));
    Builtins.define(b, "sorted", IterBuiltins::sorted);
    Builtins.define(b, "reversed", IterBuiltins::reversed);
    Builtins.define(b, "enumerate", IterBuiltins::enumerate);
    Builtins.define(b, "zip", IterBuiltins::zip);
    Builtins.define(b, "map", IterBuiltins::map);
    Builtins.define(b, "filter", IterBuiltins::filter);
    Builtins.define(b, "any",
        (ts, args, kw) -> anyAll(ts, Args.exactlyOne("any", args, kw), true));
    Builtins.define(b, "all",
        (ts, args, kw) -> anyAll(ts, Args.exactlyOne("all", args, kw), false));
  }

  private static Object iter(ThreadState ts, Object[] args, String[] kw) {
    Args.count("iter", args, kw, 1, 2);
    if (args.length == 1) {
      return iterOne(ts, args[0]);
    }
    if (!(args[0] instanceof PyCallable)) {
      throw PyException.typeError("iter(v, w): v must be callable");
    }
    return new LazyIterators.CallUntil(args[0], args[1]);
  }

  /** {@code iter(obj)}. */
  private static Object iterOne(ThreadState ts, Object obj) {
    if (SpecialMethods.isUser(obj)) {
      return SpecialMethods.iterObject(ts, obj);
    }
    return Ops.iter(ts, obj);
  }

  private static Object next(ThreadState ts, Object[] args, String[] kw) {
    Args.count("next", args, kw, 1, 2);
    if (args.length == 1) {
      return nextOne(ts, args[0]);
    }
    if (SpecialMethods.isUser(args[0])) {
      try {
        return SpecialMethods.next(ts, args[0]);
      } catch (PyException e) {
        if (e.isInstance(PyExceptionType.STOP_ITERATION)) {
          return args[1];
        }
        throw e;
      }
    }
    Object v = iterator(args[0]).next(ts);
    return v == PyIterator.DONE ? args[1] : v;
  }

  /** {@code next(obj)}: the next item, or StopIteration. */
  private static Object nextOne(ThreadState ts, Object obj) {
    if (SpecialMethods.isUser(obj)) {
      return SpecialMethods.next(ts, obj);
    }
    return iterator(obj).nextOrRaise(ts);
  }

  private static PyIterator iterator(Object obj) {
    if (!(obj instanceof PyIterator it)) {
      throw PyException.typeError("'" + Ops.typeName(obj) + "' object is not an iterator");
    }
    return it;
  }

  private static Object sum(ThreadState ts, Object[] args, String[] kw) {
    int npos = Args.positional(args, kw);
    if (npos == 0) {
      throw PyException.typeError("sum() takes at least 1 positional argument (0 given)");
    }
    Object[] a = Args.bind("sum", args, kw, 1, 2, "iterable", "start");
    Object total = a[1] == null ? (Object) 0L : a[1];
    if (total instanceof String) {
      throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (total instanceof PyBytes) {
      throw PyException.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    PyIterator it = Ops.iter(ts, a[0]);
    for (Object v = it.next(ts); v != PyIterator.DONE; v = it.next(ts)) {
      total = Ops.add(total, v);
    }
    return total;
  }

  private static Object minMax(ThreadState ts, Object[] args, String[] kwNames, String name) {
    int npos = Args.positional(args, kwNames);
    Object key = PyNone.NONE;
    Object dflt = null;
    for (int i = npos; i < args.length; i++) {
      switch (kwNames[i - npos]) {
        case "key":
          key = args[i];
          break;
        case "default":
          dflt = args[i];
          break;
        default:
          throw PyException.typeError(
              "'" + kwNames[i - npos] + "' is an invalid keyword argument for " + name + "()");
      }
    }
    if (npos == 0) {
      throw PyException.typeError(name + " expected at least 1 argument, got 0");
    }
    PyIterator it;
    if (npos == 1) {
      it = Ops.iter(ts, args[0]);
    } else {
      if (dflt != null) {
        throw PyException.typeError(
            "Cannot specify a default for " + name + "() with multiple positional arguments");
      }
      Object[] items = new Object[npos];
      System.arraycopy(args, 0, items, 0, npos);
      it = new Iteration.ArrayIterator(items, "tuple_iterator");
    }
    boolean isMax = name.equals("max");
    Object best = null;
    Object bestKey = null;
    for (Object v = it.next(ts); v != PyIterator.DONE; v = it.next(ts)) {
      Object k = key == PyNone.NONE ? v : Ops.call(ts, key, new Object[] {v}, null);
      if (best == null || (isMax ? Ops.gt(k, bestKey) : Ops.lt(k, bestKey))) {
        best = v;
        bestKey = k;
      }
    }
    if (best == null) {
      if (dflt != null) {
        return dflt;
      }
      throw PyException.valueError(name + "() arg is an empty sequence");
    }
    return best;
  }

  private static Object sorted(ThreadState ts, Object[] args, String[] kw) {
    int npos = Args.positional(args, kw);
    if (npos != 1) {
      throw PyException.typeError("sorted expected 1 argument, got " + npos);
    }
    Object[] a = Args.bind("sort", args, kw, 1, 1, "iterable", "key", "reverse");
    PyList result = PyList.wrap(Ops.toArray(ts, a[0]));
    ListMethods.sortList(ts, result, a[1], a[2]);
    return result;
  }

  private static Object reversed(ThreadState ts, Object[] args, String[] kw) {
    Object seq = Args.exactlyOne("reversed", args, kw);
    if (seq instanceof PyList l) {
      return new LazyIterators.ReversedList(l);
    }
    if (seq instanceof PyTuple t) {
      return new LazyIterators.ReversedArray(t.items(), "reversed");
    }
    if (seq instanceof String s) {
      return new LazyIterators.ReversedString(s);
    }
    if (seq instanceof PyRange r) {
      return r.reverseIterator();
    }
    if (seq instanceof PyDict d) {
      return new LazyIterators.ReversedArray(d.keysArray(), "dict_reversekeyiterator");
    }
    if (seq instanceof PyDictView v) {
      String kind = v.typeName().substring("dict_".length(), v.typeName().length() - 1);
      return new LazyIterators.ReversedArray(v.toArray(), "dict_reverse" + kind + "iterator");
    }
    if (seq instanceof PyBytes b) {
      Object[] values = new Object[b.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (long) b.get(i);
      }
      return new LazyIterators.ReversedArray(values, "reversed");
    }
    if (SpecialMethods.isUser(seq)) {
      Object r = SpecialMethods.callIfDefined(ts, seq, "__reversed__");
      if (r != null) {
        return r;
      }
      if (SpecialMethods.defines(seq, "__len__") && SpecialMethods.defines(seq, "__getitem__")) {
        return new ReversedSequence(seq, Ops.len(seq));
      }
    }
    throw PyException.typeError("'" + Ops.typeName(seq) + "' object is not reversible");
  }

  private static Object enumerate(ThreadState ts, Object[] args, String[] kw) {
    Object[] a = Args.bind("enumerate", args, kw, 0, 2, "iterable", "start");
    if (a[0] == null) {
      throw PyException.typeError("enumerate() missing required argument 'iterable'");
    }
    Object start = a[1] == null ? (Object) 0L : a[1];
    if (!Numbers.isInt(start)) {
      throw PyException.typeError(
          "'" + Ops.typeName(start) + "' object cannot be interpreted as an integer");
    }
    return new LazyIterators.Enumerate(Ops.iter(ts, a[0]), Ops.pos(start));
  }

  private static Object zip(ThreadState ts, Object[] args, String[] kwNames) {
    int npos = Args.positional(args, kwNames);
    boolean strict = false;
    for (int i = npos; i < args.length; i++) {
      if (!kwNames[i - npos].equals("strict")) {
        throw PyException.typeError(
            "zip() got an unexpected keyword argument '" + kwNames[i - npos] + "'");
      }
      strict = Ops.isTrue(args[i]);
    }
    PyIterator[] sources = new PyIterator[npos];
    for (int i = 0; i < npos; i++) {
      sources[i] = Ops.iter(ts, args[i]);
    }
    return new LazyIterators.Zip(sources, strict);
  }

  private static Object map(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("map", kw);
    if (args.length < 2) {
      throw PyException.typeError("map() must have at least two arguments.");
    }
    PyIterator[] sources = new PyIterator[args.length - 1];
    for (int i = 1; i < args.length; i++) {
      sources[i - 1] = Ops.iter(ts, args[i]);
    }
    return new LazyIterators.Map(args[0], sources);
  }

  private static Object filter(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("filter", kw);
    Args.count("filter", args, kw, 2, 2);
    return new LazyIterators.Filter(args[0], Ops.iter(ts, args[1]));
  }

  private static Object anyAll(ThreadState ts, Object iterable, boolean any) {
    PyIterator it = Ops.iter(ts, iterable);
    for (Object v = it.next(ts); v != PyIterator.DONE; v = it.next(ts)) {
      if (Ops.isTrue(v) == any) {
        return any;
      }
    }
    return !any;
  }
}
