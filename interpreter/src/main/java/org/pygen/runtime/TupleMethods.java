package org.pygen.runtime;

import java.util.Map;

/** The methods of {@code tuple}. */
final class TupleMethods {
  private TupleMethods() {}

  static final Map<String, BuiltinMethod> TABLE =
      Map.of(
          "index", TupleMethods::index,
          "count", TupleMethods::count);

  private static Object index(ThreadState ts, Object self, Object[] args, String[] kw) {
    MethodArgs.clinic("tuple.index", "index", args, kw, 1, 3);
    Object[] items = ((PyTuple) self).items();
    long start = clamp(args.length > 1 ? MethodArgs.sliceIndexNotNone(args[1]) : 0, items.length);
    long stop =
        clamp(args.length > 2 ? MethodArgs.sliceIndexNotNone(args[2]) : Long.MAX_VALUE,
            items.length);
    for (long i = start; i < stop; i++) {
      Object x = items[(int) i];
      if (x == args[0] || Ops.eq(x, args[0])) {
        return i;
      }
    }
    throw PyException.valueError("tuple.index(x): x not in tuple");
  }

  private static long clamp(long bound, int size) {
    if (bound < 0) {
      return Math.max(0, bound + size);
    }
    return Math.min(bound, size);
  }

  private static Object count(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object value = Args.exactlyOne("tuple.count", args, kw);
    long n = 0;
    for (Object x : ((PyTuple) self).items()) {
      if (x == value || Ops.eq(x, value)) {
        n++;
      }
    }
    return n;
  }
}
