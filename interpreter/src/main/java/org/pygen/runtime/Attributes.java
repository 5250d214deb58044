package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;

/** Attribute access on runtime values: {@code obj.name}, {@code obj.name = v}, method calls. */
final class Attributes {
  private Attributes() {}

  /** The method table of a built-in value's type, or null when it has none. */
  static Map<String, BuiltinMethod> methodTable(Object obj) {
    if (obj instanceof String) {
      return StrMethods.TABLE;
    }
    if (obj instanceof PyList) {
      return ListMethods.TABLE;
    }
    if (obj instanceof PyDict) {
      return DictMethods.TABLE;
    }
    if (obj instanceof PyTuple) {
      return TupleMethods.TABLE;
    }
    if (obj instanceof PySet) {
      return SetMethods.TABLE;
    }
    if (obj instanceof Long || obj instanceof BigInteger || obj instanceof Boolean) {
      return NumberMethods.INT;
    }
    if (obj instanceof Double) {
      return NumberMethods.FLOAT;
    }
    if (obj instanceof PyRange) {
      return NumberMethods.RANGE;
    }
    if (obj instanceof PyBytes) {
      return BytesMethods.TABLE;
    }
    return null;
  }

  static Object getAttr(ThreadState ts, Object obj, String name) {
    Object v = lookup(ts, obj, name);
    if (v == null) {
      throw noAttribute(obj, name);
    }
    return v;
  }

  /** The attribute, or Java null when there is none (for {@code getattr} with a default). */
  static Object lookup(ThreadState ts, Object obj, String name) {
    if (obj instanceof HasAttributes h) {
      Object v = h.getAttribute(ts, name);
      if (v != null) {
        return v;
      }
    } else {
      Map<String, BuiltinMethod> table = methodTable(obj);
      if (table != null) {
        BuiltinMethod m = table.get(name);
        if (m != null) {
          return new PyBuiltinMethod(obj, name, m);
        }
      }
      Object data = dataAttribute(obj, name);
      if (data != null) {
        return data;
      }
    }
    if (name.equals("__class__")) {
      return PyBuiltinType.typeOf(obj);
    }
    if (obj instanceof PyIterator it && !(obj instanceof HasAttributes)) {
      // The iterator protocol, for scripts that call it by hand: it.__next__(), it.__iter__().
      if (name.equals("__next__")) {
        return new PyBuiltinMethod(obj, name, (ts2, self, args, kw) -> {
          Args.none("__next__", args, kw);
          return it.nextOrRaise(ts2);
        });
      }
      if (name.equals("__iter__")) {
        return new PyBuiltinMethod(obj, name, (ts2, self, args, kw) -> self);
      }
    }
    return null;
  }

  /** Non-method attributes of built-in values: {@code real}, {@code start}, ... */
  private static Object dataAttribute(Object obj, String name) {
    if (Numbers.isInt(obj)) {
      switch (name) {
        case "real":
        case "numerator":
          return Ops.pos(obj);
        case "imag":
          return 0L;
        case "denominator":
          return 1L;
        default:
          return null;
      }
    }
    if (obj instanceof Double d) {
      switch (name) {
        case "real":
          return d;
        case "imag":
          return 0.0;
        default:
          return null;
      }
    }
    if (obj instanceof PyRange r) {
      switch (name) {
        case "start":
          return r.start();
        case "stop":
          return r.stop();
        case "step":
          return r.step();
        default:
          return null;
      }
    }
    if (obj instanceof PySlice s) {
      switch (name) {
        case "start":
          return s.start();
        case "stop":
          return s.stop();
        case "step":
          return s.step();
        default:
          return null;
      }
    }
    return null;
  }

  static PyException noAttribute(Object obj, String name) {
    if (obj instanceof PyModule m) {
      return PyException.attributeError(
          "module '" + m.name() + "' has no attribute '" + name + "'");
    }
    if (obj instanceof PyBuiltinType t) {
      return PyException.attributeError(
          "type object '" + t.name() + "' has no attribute '" + name + "'");
    }
    if (obj instanceof PyExceptionType t) {
      return PyException.attributeError(
          "type object '" + t.name() + "' has no attribute '" + name + "'");
    }
    if (obj instanceof PyClass c) {
      return PyException.attributeError(
          "type object '" + c.name() + "' has no attribute '" + name + "'");
    }
    return PyException.attributeError(
        "'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
  }

  static void setAttr(ThreadState ts, Object obj, String name, Object value) {
    if (obj instanceof HasAttributes h) {
      h.setAttribute(ts, name, value);
      return;
    }
    Map<String, BuiltinMethod> table = methodTable(obj);
    if (table != null && table.containsKey(name)) {
      throw PyException.attributeError(
          "'" + Ops.typeName(obj) + "' object attribute '" + name + "' is read-only");
    }
    throw noAttribute(obj, name);
  }

  static void delAttr(ThreadState ts, Object obj, String name) {
    if (obj instanceof HasAttributes h) {
      h.deleteAttribute(ts, name);
      return;
    }
    Map<String, BuiltinMethod> table = methodTable(obj);
    if (table != null && table.containsKey(name)) {
      throw PyException.attributeError(
          "'" + Ops.typeName(obj) + "' object attribute '" + name + "' is read-only");
    }
    throw noAttribute(obj, name);
  }

  static Object callMethod(
      ThreadState ts, Object obj, String name, Object[] args, String[] kwNames) {
    if (!(obj instanceof HasAttributes)) {
      Map<String, BuiltinMethod> table = methodTable(obj);
      if (table != null) {
        BuiltinMethod m = table.get(name);
        if (m != null) {
          return m.call(ts, obj, args, kwNames);
        }
      }
    }
    return Ops.call(ts, getAttr(ts, obj, name), args, kwNames);
  }
}
