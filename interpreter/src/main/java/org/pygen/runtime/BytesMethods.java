package org.pygen.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of {@code bytes}. Substring searches reuse the str methods on a Latin-1 view of
 * the bytes (one char per byte, a lossless mapping); whitespace and case are ASCII-only here, as
 * they are for CPython's bytes.
 */
final class BytesMethods {
  private BytesMethods() {}

  static final Map<String, BuiltinMethod> TABLE = buildTable();

  private static Map<String, BuiltinMethod> buildTable() {
    Map<String, BuiltinMethod> t = new HashMap<>();
    t.put("decode", (ts, self, args, kw) -> {
      Object[] a = Args.bind("decode", args, kw, 0, 2, "encoding", "errors");
      String encoding = a[0] == null ? "utf-8" : Args.str("decode", a[0], "'encoding'");
      String errors = a[1] == null ? "strict" : Args.str("decode", a[1], "'errors'");
      return Codecs.decode(((PyBytes) self).data(), encoding, errors);
    });
    t.put("hex", (ts, self, args, kw) -> {
      Args.none("bytes.hex", args, kw);
      StringBuilder sb = new StringBuilder();
      for (byte b : ((PyBytes) self).data()) {
        sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
      }
      return sb.toString();
    });
    for (String name : new String[] {"startswith", "endswith"}) {
      t.put(name, (ts, self, args, kw) -> {
        if (args.length > 0 && !(args[0] instanceof PyBytes)
            && !(args[0] instanceof PyTuple)) {
          throw PyException.typeError(name + " first arg must be bytes or a tuple of bytes, not "
              + Ops.typeName(args[0]));
        }
        return viaStr(ts, self, name, args, kw);
      });
    }
    for (String name : new String[] {"find", "rfind", "count"}) {
      t.put(name, (ts, self, args, kw) -> viaStr(ts, self, name, args, kw));
    }
    for (String name : new String[] {"index", "rindex"}) {
      t.put(name, (ts, self, args, kw) -> {
        try {
          return viaStr(ts, self, name, args, kw);
        } catch (PyException e) {
          if (e.isInstance(PyExceptionType.VALUE_ERROR)) {
            throw PyException.valueError("subsection not found");
          }
          throw e;
        }
      });
    }
    t.put("replace", (ts, self, args, kw) ->
        toBytes((String) viaStr(ts, self, "replace", args, kw)));
    t.put("join", BytesMethods::join);
    t.put("split", BytesMethods::split);
    t.put("strip", (ts, self, args, kw) -> strip(self, args, kw, "strip", true, true));
    t.put("lstrip", (ts, self, args, kw) -> strip(self, args, kw, "lstrip", true, false));
    t.put("rstrip", (ts, self, args, kw) -> strip(self, args, kw, "rstrip", false, true));
    t.put("upper", (ts, self, args, kw) -> {
      Args.none("bytes.upper", args, kw);
      return changeCase((PyBytes) self, true);
    });
    t.put("lower", (ts, self, args, kw) -> {
      Args.none("bytes.lower", args, kw);
      return changeCase((PyBytes) self, false);
    });
    return Map.copyOf(t);
  }

  /** {@code item in b}: a byte value or a bytes subsequence. */
  static boolean contains(PyBytes b, Object item) {
    if (Numbers.isInt(item)) {
      long v = Numbers.toLongIndex(item);
      if (v < 0 || v > 255) {
        throw PyException.valueError("byte must be in range(0, 256)");
      }
      return latin1(b).indexOf((char) v) >= 0;
    }
    if (item instanceof PyBytes sub) {
      return latin1(b).contains(latin1(sub));
    }
    throw PyException.typeError(
        "a bytes-like object is required, not '" + Ops.typeName(item) + "'");
  }

  static String latin1(PyBytes b) {
    return new String(b.data(), StandardCharsets.ISO_8859_1);
  }

  static PyBytes toBytes(String latin1) {
    return PyBytes.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Converts bytes arguments (and tuples of them, and byte values) to Latin-1 strings. */
  private static Object asStr(Object o, boolean intAllowed) {
    if (o instanceof PyBytes b) {
      return latin1(b);
    }
    if (o instanceof PyTuple t) {
      Object[] items = new Object[t.size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = asStr(t.get(i), false);
      }
      return PyTuple.wrap(items);
    }
    if (intAllowed && Numbers.isInt(o)) {
      long v = Numbers.toLongIndex(o);
      if (v < 0 || v > 255) {
        throw PyException.valueError("byte must be in range(0, 256)");
      }
      return String.valueOf((char) v);
    }
    if (o instanceof String) {
      throw PyException.typeError("a bytes-like object is required, not 'str'");
    }
    return o;
  }

  private static Object viaStr(
      ThreadState ts, Object self, String name, Object[] args, String[] kw) {
    Object[] converted = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      converted[i] = asStr(args[i], i == 0);
    }
    return Ops.callMethod(ts, latin1((PyBytes) self), name, converted, kw);
  }

  private static Object join(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] items = Ops.toArray(ts, Args.exactlyOne("bytes.join", args, kw));
    byte[] sep = ((PyBytes) self).data();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < items.length; i++) {
      if (!(items[i] instanceof PyBytes b)) {
        throw PyException.typeError("sequence item " + i + ": expected a bytes-like object, "
            + Ops.typeName(items[i]) + " found");
      }
      if (i > 0) {
        out.writeBytes(sep);
      }
      out.writeBytes(b.data());
    }
    return PyBytes.wrap(out.toByteArray());
  }

  private static boolean isAsciiSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static Object split(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("split", args, kw, 0, 2, "sep", "maxsplit");
    long max = a[1] == null ? -1 : Args.index(a[1], -1);
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    String s = latin1((PyBytes) self);
    List<Object> parts;
    if (a[0] == null || a[0] == PyNone.NONE) {
      parts = new ArrayList<>();
      int n = s.length();
      int i = 0;
      while (true) {
        while (i < n && isAsciiSpace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (parts.size() >= max) {
          parts.add(s.substring(i));
          break;
        }
        int j = i;
        while (j < n && !isAsciiSpace(s.charAt(j))) {
          j++;
        }
        parts.add(s.substring(i, j));
        i = j;
      }
    } else {
      String sep = (String) asStr(a[0], false);
      if (sep.isEmpty()) {
        throw PyException.valueError("empty separator");
      }
      parts = StrMethods.splitOn(s, sep, max);
    }
    Object[] out = new Object[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = toBytes((String) parts.get(i));
    }
    return PyList.wrap(out);
  }

  private static Object strip(
      Object self, Object[] args, String[] kw, String name, boolean left, boolean right) {
    Args.count(name, args, kw, 0, 1);
    String chars = args.length == 0 || args[0] == PyNone.NONE ? null
        : (String) asStr(args[0], false);
    String s = latin1((PyBytes) self);
    int i = 0;
    int j = s.length();
    while (left && i < j && (chars == null ? isAsciiSpace(s.charAt(i))
        : chars.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    while (right && j > i && (chars == null ? isAsciiSpace(s.charAt(j - 1))
        : chars.indexOf(s.charAt(j - 1)) >= 0)) {
      j--;
    }
    return toBytes(s.substring(i, j));
  }

  private static PyBytes changeCase(PyBytes b, boolean upper) {
    byte[] out = b.toArray();
    for (int i = 0; i < out.length; i++) {
      byte c = out[i];
      if (upper && c >= 'a' && c <= 'z') {
        out[i] = (byte) (c - 32);
      } else if (!upper && c >= 'A' && c <= 'Z') {
        out[i] = (byte) (c + 32);
      }
    }
    return PyBytes.wrap(out);
  }
}
