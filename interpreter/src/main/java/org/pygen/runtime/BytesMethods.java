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
    t.put("hex", BytesMethods::hex);
    for (String name : new String[] {"startswith", "endswith"}) {
      t.put(name, (ts, self, args, kw) -> {
        MethodArgs.oldStyle("bytes." + name, name, args, kw, 1, 3);
        if (args.length > 0 && !(args[0] instanceof PyBytes)
            && !(args[0] instanceof PyTuple)) {
          throw PyException.typeError(name + " first arg must be bytes or a tuple of bytes, not "
              + Ops.typeName(args[0]));
        }
        return viaStr(ts, self, name, args, kw);
      });
    }
    for (String name : new String[] {"find", "rfind", "count"}) {
      t.put(name, (ts, self, args, kw) -> {
        MethodArgs.oldStyle("bytes." + name, name, args, kw, 1, 3);
        return viaStr(ts, self, name, args, kw);
      });
    }
    for (String name : new String[] {"index", "rindex"}) {
      t.put(name, (ts, self, args, kw) -> {
        MethodArgs.oldStyle("bytes." + name, name, args, kw, 1, 3);
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
    t.put("replace", (ts, self, args, kw) -> {
      MethodArgs.clinic("bytes.replace", "replace", args, kw, 2, 3);
      return toBytes((String) viaStr(ts, self, "replace", args, kw));
    });
    t.put("join", BytesMethods::join);
    t.put("split", BytesMethods::split);
    t.put("rsplit", BytesMethods::rsplit);
    t.put("splitlines", BytesMethods::splitLines);
    for (String name : new String[] {"partition", "rpartition", "removeprefix", "removesuffix"}) {
      t.put(name, (ts, self, args, kw) -> {
        Object arg = Args.exactlyOne("bytes." + name, args, kw);
        requireBytes(arg);
        return backToBytes(viaStr(ts, self, name, args, kw));
      });
    }
    for (String name : new String[] {"center", "ljust", "rjust"}) {
      t.put(name, (ts, self, args, kw) -> pad(ts, self, args, kw, name));
    }
    t.put("zfill", (ts, self, args, kw) -> {
      MethodArgs.ssize(Args.exactlyOne("bytes.zfill", args, kw));
      return backToBytes(Ops.callMethod(ts, latin1((PyBytes) self), "zfill", args, kw));
    });
    t.put("expandtabs", (ts, self, args, kw) ->
        backToBytes(Ops.callMethod(ts, latin1((PyBytes) self), "expandtabs", args, kw)));
    t.put("swapcase", (ts, self, args, kw) -> {
      Args.none("bytes.swapcase", args, kw);
      byte[] out = ((PyBytes) self).toArray();
      for (int i = 0; i < out.length; i++) {
        if (isLower(out[i]) || isUpper(out[i])) {
          out[i] = (byte) (out[i] ^ 32);
        }
      }
      return PyBytes.wrap(out);
    });
    t.put("capitalize", (ts, self, args, kw) -> {
      Args.none("bytes.capitalize", args, kw);
      byte[] out = ((PyBytes) self).toArray();
      for (int i = 0; i < out.length; i++) {
        out[i] = i == 0 ? toUpper(out[i]) : toLower(out[i]);
      }
      return PyBytes.wrap(out);
    });
    t.put("title", (ts, self, args, kw) -> {
      Args.none("bytes.title", args, kw);
      byte[] out = ((PyBytes) self).toArray();
      boolean previousCased = false;
      for (int i = 0; i < out.length; i++) {
        out[i] = previousCased ? toLower(out[i]) : toUpper(out[i]);
        previousCased = isLower(out[i]) || isUpper(out[i]);
      }
      return PyBytes.wrap(out);
    });
    addPredicates(t);
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

  private static void addPredicates(Map<String, BuiltinMethod> t) {
    t.put("isdigit", (ts, self, args, kw) -> all(self, args, kw, "isdigit",
        c -> c >= '0' && c <= '9'));
    t.put("isalpha", (ts, self, args, kw) -> all(self, args, kw, "isalpha",
        c -> isLower((byte) c) || isUpper((byte) c)));
    t.put("isalnum", (ts, self, args, kw) -> all(self, args, kw, "isalnum",
        c -> isLower((byte) c) || isUpper((byte) c) || (c >= '0' && c <= '9')));
    t.put("isspace", (ts, self, args, kw) -> all(self, args, kw, "isspace",
        BytesMethods::isAsciiSpace));
    t.put("isascii", (ts, self, args, kw) -> {
      Args.none("bytes.isascii", args, kw);
      for (byte b : ((PyBytes) self).data()) {
        if (b < 0) {
          return false;
        }
      }
      return true;
    });
    t.put("isupper", (ts, self, args, kw) -> cased(self, args, kw, "isupper", true));
    t.put("islower", (ts, self, args, kw) -> cased(self, args, kw, "islower", false));
    t.put("istitle", (ts, self, args, kw) -> {
      Args.none("bytes.istitle", args, kw);
      // As str.istitle: uppercase only after uncased bytes, lowercase only after cased ones.
      boolean previousCased = false;
      boolean anyCased = false;
      for (byte b : ((PyBytes) self).data()) {
        if (isUpper(b)) {
          if (previousCased) {
            return false;
          }
          previousCased = true;
          anyCased = true;
        } else if (isLower(b)) {
          if (!previousCased) {
            return false;
          }
          previousCased = true;
          anyCased = true;
        } else {
          previousCased = false;
        }
      }
      return anyCased;
    });
  }

  private static boolean all(
      Object self, Object[] args, String[] kw, String name,
      java.util.function.IntPredicate test) {
    Args.none("bytes." + name, args, kw);
    byte[] data = ((PyBytes) self).data();
    if (data.length == 0) {
      return false;
    }
    for (byte b : data) {
      if (!test.test(b & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** isupper/islower: at least one cased byte, and none of the other case. */
  private static boolean cased(Object self, Object[] args, String[] kw, String name,
      boolean upper) {
    Args.none("bytes." + name, args, kw);
    boolean anyCased = false;
    for (byte b : ((PyBytes) self).data()) {
      if (upper ? isLower(b) : isUpper(b)) {
        return false;
      }
      anyCased |= upper ? isUpper(b) : isLower(b);
    }
    return anyCased;
  }

  private static boolean isLower(byte b) {
    return b >= 'a' && b <= 'z';
  }

  private static boolean isUpper(byte b) {
    return b >= 'A' && b <= 'Z';
  }

  private static byte toUpper(byte b) {
    return isLower(b) ? (byte) (b - 32) : b;
  }

  private static byte toLower(byte b) {
    return isUpper(b) ? (byte) (b + 32) : b;
  }

  private static void requireBytes(Object o) {
    if (!(o instanceof PyBytes)) {
      throw PyException.typeError(
          "a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }
  }

  /** A str method's Latin-1 result (a str, or a tuple or list of them) as bytes again. */
  private static Object backToBytes(Object result) {
    if (result instanceof String str) {
      return toBytes(str);
    }
    if (result instanceof PyTuple tuple) {
      Object[] items = tuple.toArray();
      for (int i = 0; i < items.length; i++) {
        items[i] = backToBytes(items[i]);
      }
      return PyTuple.wrap(items);
    }
    if (result instanceof PyList list) {
      Object[] items = list.toArray();
      for (int i = 0; i < items.length; i++) {
        items[i] = backToBytes(items[i]);
      }
      return PyList.wrap(items);
    }
    return result;
  }

  /** center/ljust/rjust: the fill must be a single byte, with CPython's own message. */
  private static Object pad(ThreadState ts, Object self, Object[] args, String[] kw,
      String name) {
    MethodArgs.clinic("bytes." + name, name, args, kw, 1, 2);
    MethodArgs.ssize(args[0]);
    Object[] converted = args.clone();
    if (args.length == 2) {
      if (!(args[1] instanceof PyBytes fill) || fill.size() != 1) {
        throw PyException.typeError(name + "() argument 2 must be a byte string of length 1, not "
            + Ops.typeName(args[1]));
      }
      converted[1] = latin1(fill);
    }
    return backToBytes(Ops.callMethod(ts, latin1((PyBytes) self), name, converted, null));
  }

  /** {@code b.hex(sep=None, bytes_per_sep=1)}: groups counted from the right when positive. */
  private static Object hex(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("hex", args, kw, 0, 2, "sep", "bytes_per_sep");
    byte[] data = ((PyBytes) self).data();
    String sep = null;
    if (a[0] != null && a[0] != PyNone.NONE) {
      sep = a[0] instanceof PyBytes b ? latin1(b) : Args.str("hex", a[0], "'sep'");
      if (sep.length() != 1) {
        throw PyException.valueError("sep must be length 1.");
      }
    }
    long group = a[1] == null ? 1 : Args.index(a[1], 1);
    StringBuilder sb = new StringBuilder(data.length * 3);
    long size = Math.max(1, Math.abs(group));
    for (int i = 0; i < data.length; i++) {
      if (sep != null && i > 0) {
        long boundary = group > 0 ? (data.length - i) % size : i % size;
        if (boundary == 0) {
          sb.append(sep);
        }
      }
      byte b = data[i];
      sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return sb.toString();
  }

  /** bytes.splitlines: only \n, \r and \r\n end lines (str also splits on more). */
  private static Object splitLines(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("splitlines", args, kw, 0, 1, "keepends");
    boolean keep = Args.index(a[0], 0) != 0; // an int flag in CPython, not any truthy value
    byte[] data = ((PyBytes) self).data();
    List<Object> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < data.length) {
      byte b = data[i];
      if (b == '\n' || b == '\r') {
        int end = i;
        i += b == '\r' && i + 1 < data.length && data[i + 1] == '\n' ? 2 : 1;
        lines.add(PyBytes.of(java.util.Arrays.copyOfRange(data, start, keep ? i : end)));
        start = i;
      } else {
        i++;
      }
    }
    if (start < data.length) {
      lines.add(PyBytes.of(java.util.Arrays.copyOfRange(data, start, data.length)));
    }
    return PyList.fromList(lines);
  }

  /** bytes.rsplit: ASCII whitespace when no separator is given. */
  private static Object rsplit(ThreadState ts, Object self, Object[] args, String[] kw) {
    Object[] a = Args.bind("rsplit", args, kw, 0, 2, "sep", "maxsplit");
    if (a[0] != null && a[0] != PyNone.NONE) {
      requireBytes(a[0]);
      return backToBytes(viaStr(ts, self, "rsplit", args, kw));
    }
    long max = a[1] == null ? -1 : Args.index(a[1], -1);
    if (max < 0) {
      max = Long.MAX_VALUE;
    }
    String s = latin1((PyBytes) self);
    List<Object> parts = new ArrayList<>();
    int j = s.length();
    while (true) {
      while (j > 0 && isAsciiSpace(s.charAt(j - 1))) {
        j--;
      }
      if (j == 0) {
        break;
      }
      if (parts.size() >= max) {
        parts.add(toBytes(s.substring(0, j)));
        break;
      }
      int i = j;
      while (i > 0 && !isAsciiSpace(s.charAt(i - 1))) {
        i--;
      }
      parts.add(toBytes(s.substring(i, j)));
      j = i;
    }
    java.util.Collections.reverse(parts);
    return PyList.fromList(parts);
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
      requireBytes(a[0]);
      String sep = latin1((PyBytes) a[0]);
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
    MethodArgs.clinic("bytes." + name, name, args, kw, 0, 1);
    String chars = null;
    if (args.length > 0 && args[0] != PyNone.NONE) {
      requireBytes(args[0]);
      chars = latin1((PyBytes) args[0]);
    }
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
