package org.pygen.runtime;

import java.math.BigInteger;

/** What calling a built-in type does: {@code int(x)}, {@code list(it)}, {@code range(n)}, ... */
final class TypeConstructors {
  private TypeConstructors() {}

  static Object object(ThreadState ts, Object[] args, String[] kw) {
    if (args.length > 0) {
      throw PyException.typeError("object() takes no arguments");
    }
    return new PyPlainObject();
  }

  static Object type(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("type", kw);
    if (args.length == 1) {
      return PyBuiltinType.typeOf(args[0]);
    }
    if (args.length != 3) {
      throw PyException.typeError("type() takes 1 or 3 arguments");
    }
    // type(name, bases, dict): a class made without a class statement.
    String name = Args.str("type.__new__", args[0], "1");
    if (!(args[1] instanceof PyTuple bases)) {
      throw PyException.typeError(
          "type.__new__() argument 2 must be tuple, not " + Ops.typeName(args[1]));
    }
    if (!(args[2] instanceof PyDict dict)) {
      throw PyException.typeError(
          "type.__new__() argument 3 must be dict, not " + Ops.typeName(args[2]));
    }
    java.util.Map<String, Object> namespace = new java.util.LinkedHashMap<>();
    Object[] keys = dict.keysArray();
    for (Object k : keys) {
      namespace.put(Args.str("type.__new__", k, "3 keys"), dict.getOrNull(k));
    }
    if (!namespace.containsKey("__module__")) {
      namespace.put("__module__", "__main__");
    }
    namespace.putIfAbsent("__qualname__", name);
    return PyClass.create(ts, name, (String) namespace.get("__qualname__"), bases.toArray(),
        namespace);
  }

  static Object toInt(ThreadState ts, Object[] args, String[] kw) {
    Object[] a = Args.bind("int", args, kw, 1, 2, "x", "base");
    Object x = a[0];
    if (a[1] != null) {
      long base = Args.index(a[1], 10);
      if (x == null) {
        throw PyException.typeError("int() missing string argument");
      }
      if (!(x instanceof String) && !(x instanceof PyBytes)) {
        throw PyException.typeError("int() can't convert non-string with explicit base");
      }
      if (base != 0 && (base < 2 || base > 36)) {
        throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
      }
      return x instanceof PyBytes b
          ? NumberParsing.parseInt(b, (int) base)
          : NumberParsing.parseInt((String) x, (int) base);
    }
    if (x == null) {
      return 0L;
    }
    if (x instanceof Long || x instanceof BigInteger) {
      return x;
    }
    if (x instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (x instanceof Double d) {
      return NumberParsing.floatToInt(d);
    }
    if (x instanceof String s) {
      return NumberParsing.parseInt(s, 10);
    }
    if (x instanceof PyBytes b) {
      return NumberParsing.parseInt(b, 10);
    }
    if (SpecialMethods.isUser(x)) {
      Object r = SpecialMethods.toNumber(ts, x, "__int__", "__index__", "__trunc__");
      if (r != null) {
        if (!Numbers.isInt(r)) {
          throw PyException.typeError(
              "__int__ returned non-int (type " + Ops.typeName(r) + ")");
        }
        return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
      }
    }
    throw PyException.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + Ops.typeName(x)
            + "'");
  }

  static Object toBool(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("bool", kw);
    Args.count("bool", args, kw, 0, 1);
    return args.length > 0 && Ops.isTrue(args[0]);
  }

  static Object toFloat(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("float", kw);
    Args.count("float", args, kw, 0, 1);
    if (args.length == 0) {
      return 0.0;
    }
    Object x = args[0];
    if (x instanceof Double) {
      return x;
    }
    if (Numbers.isInt(x)) {
      return Numbers.toDouble(x);
    }
    if (x instanceof String s) {
      return NumberParsing.parseFloat(s);
    }
    if (x instanceof PyBytes b) {
      return NumberParsing.parseFloat(b);
    }
    if (SpecialMethods.isUser(x)) {
      Object r = SpecialMethods.toNumber(ts, x, "__float__", "__index__");
      if (r instanceof Double) {
        return r;
      }
      if (r != null && Numbers.isInt(r)) {
        return Numbers.toDouble(r);
      }
      if (r != null) {
        throw PyException.typeError(
            Ops.typeName(x) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
      }
    }
    throw PyException.typeError(
        "float() argument must be a string or a real number, not '" + Ops.typeName(x) + "'");
  }

  static Object toStr(ThreadState ts, Object[] args, String[] kw) {
    if (args.length == 1 && kw == null) {
      return Ops.str(args[0]); // str(x), the common call, without binding keywords
    }
    Object[] a = Args.bind("str", args, kw, 0, 3, "object", "encoding", "errors");
    if (a[1] != null || a[2] != null) {
      // str(obj, encoding, errors) decodes, as PyUnicode_FromEncodedObject does.
      String encoding = a[1] == null ? "utf-8" : Args.str("str", a[1], "'encoding'");
      String errors = a[2] == null ? "strict" : Args.str("str", a[2], "'errors'");
      if (a[0] == null) {
        return "";
      }
      if (a[0] instanceof PyBytes b) {
        return Codecs.decode(b.data(), encoding, errors);
      }
      if (a[0] instanceof String) {
        throw PyException.typeError("decoding str is not supported");
      }
      throw PyException.typeError(
          "decoding to str: need a bytes-like object, " + Ops.typeName(a[0]) + " found");
    }
    return a[0] == null ? "" : Ops.str(a[0]);
  }

  static Object toBytes(ThreadState ts, Object[] args, String[] kw) {
    Object[] a = Args.bind("bytes", args, kw, 0, 3, "source", "encoding", "errors");
    Object source = a[0];
    if (source == null) {
      if (a[1] != null || a[2] != null) {
        throw PyException.typeError((a[1] != null ? "encoding" : "errors")
            + " without a string argument");
      }
      return PyBytes.EMPTY;
    }
    if (source instanceof String s) {
      if (a[1] == null) {
        throw PyException.typeError("string argument without an encoding");
      }
      return Codecs.encode(s, Args.str("bytes", a[1], "'encoding'"),
          a[2] == null ? "strict" : Args.str("bytes", a[2], "'errors'"));
    }
    if (a[1] != null || a[2] != null) {
      throw PyException.typeError((a[1] != null ? "encoding" : "errors")
          + " without a string argument");
    }
    if (source instanceof PyBytes b) {
      return b;
    }
    if (Numbers.isInt(source)) {
      long n = Numbers.toLongIndex(source);
      if (n < 0) {
        throw PyException.valueError("negative count");
      }
      if (n > Integer.MAX_VALUE - 8) {
        throw new PyException(new PyBaseException(PyExceptionType.MEMORY_ERROR));
      }
      return PyBytes.wrap(new byte[(int) n]);
    }
    if (!Iteration.isIterable(source)) {
      throw PyException.typeError(
          "cannot convert '" + Ops.typeName(source) + "' object to bytes");
    }
    Object[] items = Ops.toArray(ts, source);
    byte[] out = new byte[items.length];
    for (int i = 0; i < items.length; i++) {
      if (!Numbers.isInt(items[i])) {
        throw PyException.typeError(
            "'" + Ops.typeName(items[i]) + "' object cannot be interpreted as an integer");
      }
      long v = Numbers.toLongIndex(items[i]);
      if (v < 0 || v > 255) {
        throw PyException.valueError("bytes must be in range(0, 256)");
      }
      out[i] = (byte) v;
    }
    return PyBytes.wrap(out);
  }

  static Object toList(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("list", kw);
    Args.count("list", args, kw, 0, 1);
    return args.length == 0 ? new PyList() : PyList.wrap(Ops.toArray(ts, args[0]));
  }

  static Object toTuple(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("tuple", kw);
    Args.count("tuple", args, kw, 0, 1);
    if (args.length == 0) {
      return PyTuple.EMPTY;
    }
    if (args[0] instanceof PyTuple t) {
      return t;
    }
    return PyTuple.wrap(Ops.toArray(ts, args[0]));
  }

  static Object toDict(ThreadState ts, Object[] args, String[] kw) {
    int npos = Args.positional(args, kw);
    if (npos > 1) {
      throw PyException.typeError("dict expected at most 1 argument, got " + npos);
    }
    PyDict d = new PyDict();
    if (npos == 1) {
      DictMethods.updateFrom(ts, d, args[0]);
    }
    for (int i = npos; i < args.length; i++) {
      d.put(kw[i - npos], args[i]);
    }
    return d;
  }

  static Object toSet(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("set", kw);
    Args.count("set", args, kw, 0, 1);
    PySet s = new PySet();
    if (args.length > 0) {
      s.updateFrom(ts, args[0]);
    }
    return s;
  }

  static Object toFrozenSet(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("frozenset", kw);
    Args.count("frozenset", args, kw, 0, 1);
    PySet s = new PySet(true);
    if (args.length > 0) {
      if (args[0] instanceof PySet p && p.isFrozen()) {
        return p;
      }
      s.updateFrom(ts, args[0]);
    }
    return s;
  }

  static Object range(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("range", kw);
    Args.count("range", args, kw, 1, 3);
    for (Object a : args) {
      if (!Numbers.isInt(a)) {
        throw PyException.typeError(
            "'" + Ops.typeName(a) + "' object cannot be interpreted as an integer");
      }
    }
    switch (args.length) {
      case 1:
        return PyRange.of(0L, args[0], 1L);
      case 2:
        return PyRange.of(args[0], args[1], 1L);
      default:
        return PyRange.of(args[0], args[1], args[2]);
    }
  }

  static Object slice(ThreadState ts, Object[] args, String[] kw) {
    Args.noKeywords("slice", kw);
    Args.count("slice", args, kw, 1, 3);
    switch (args.length) {
      case 1:
        return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
      case 2:
        return new PySlice(args[0], args[1], PyNone.NONE);
      default:
        return new PySlice(args[0], args[1], args[2]);
    }
  }

  static Object none(ThreadState ts, Object[] args, String[] kw) {
    if (args.length > 0) {
      throw PyException.typeError("NoneType takes no arguments");
    }
    return PyNone.NONE;
  }
}
