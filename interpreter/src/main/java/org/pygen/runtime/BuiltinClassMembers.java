package org.pygen.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The members a built-in class gives the classes deriving from it (see {@link
 * BuiltinSubclasses}): its methods and the special methods of its operators, each working on
 * the built-in value the instance holds. {@code super().__getitem__(k)} and
 * {@code dict.__setitem__(self, k, v)} in a subclass reach these.
 */
final class BuiltinClassMembers {
  private BuiltinClassMembers() {}

  private static final Map<String, BinaryOperator<Object>> BINARY =
      Map.ofEntries(
          Map.entry("add", Ops::add),
          Map.entry("sub", Ops::sub),
          Map.entry("mul", Ops::mul),
          Map.entry("truediv", Ops::truediv),
          Map.entry("floordiv", Ops::floordiv),
          Map.entry("mod", Ops::mod),
          Map.entry("pow", Ops::pow),
          Map.entry("lshift", Ops::lshift),
          Map.entry("rshift", Ops::rshift),
          Map.entry("and", Ops::bitAnd),
          Map.entry("or", Ops::bitOr),
          Map.entry("xor", Ops::bitXor));

  private static final Map<String, String> COMPARISONS =
      Map.of("eq", "==", "ne", "!=", "lt", "<", "le", "<=", "gt", ">", "ge", ">=");

  private static final Map<String, UnaryOperator<Object>> UNARY =
      Map.of(
          "neg", Ops::neg,
          "pos", Ops::pos,
          "abs", Ops::abs,
          "invert", Ops::invert,
          "repr", Ops::repr,
          "str", Ops::str);

  static Map<String, Object> of(PyBuiltinType t) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, BuiltinMethod> e : t.methods().entrySet()) {
      BuiltinMethod method = e.getValue();
      put(m, t, e.getKey(), (ts, self, args, kw) ->
          method.call(ts, BuiltinSubclasses.valueOf(self), args, kw));
    }
    m.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (ts, args, kw) -> {
      if (args.length == 0) {
        throw PyException.typeError(t.name() + ".__new__(): not enough arguments");
      }
      Object[] rest = new Object[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      if (args[0] instanceof PyClass c && c.valueBase() == t) {
        return c.allocate(ts, rest, kw);
      }
      return t.call(ts, rest, kw);
    })));
    put(m, t, "__init__", (ts, self, args, kw) -> {
      // Values are made by __new__; a container is (re)filled from the arguments here.
      if (BuiltinSubclasses.isMutable(t) && self instanceof PyInstance i) {
        i.setNativeState(t.call(ts, args, kw));
      }
      return PyNone.NONE;
    });
    for (Map.Entry<String, UnaryOperator<Object>> e : UNARY.entrySet()) {
      UnaryOperator<Object> op = e.getValue();
      put(m, t, "__" + e.getKey() + "__", (ts, self, args, kw) -> {
        Args.none("__" + e.getKey() + "__", args, kw);
        return op.apply(BuiltinSubclasses.valueOf(self));
      });
    }
    put(m, t, "__len__", (ts, self, args, kw) -> Ops.len(BuiltinSubclasses.valueOf(self)));
    put(m, t, "__bool__", (ts, self, args, kw) -> Ops.isTrue(BuiltinSubclasses.valueOf(self)));
    if (BuiltinSubclasses.isMutable(t)) {
      m.put("__hash__", PyNone.NONE);
    } else {
      put(m, t, "__hash__", (ts, self, args, kw) -> Ops.hash(BuiltinSubclasses.valueOf(self)));
    }
    put(m, t, "__iter__", (ts, self, args, kw) -> Ops.iter(ts, BuiltinSubclasses.valueOf(self)));
    put(m, t, "__format__", (ts, self, args, kw) -> {
      Args.count("__format__", args, kw, 1, 1);
      return Ops.format(BuiltinSubclasses.valueOf(self), Args.str("format", args[0], "2"));
    });
    put(m, t, "__contains__", (ts, self, args, kw) -> {
      Args.count("__contains__", args, kw, 1, 1);
      return Ops.contains(ts, BuiltinSubclasses.valueOf(self), args[0]);
    });
    put(m, t, "__getitem__", (ts, self, args, kw) -> {
      Args.count("__getitem__", args, kw, 1, 1);
      return getItem(ts, t, self, args[0]);
    });
    put(m, t, "__setitem__", (ts, self, args, kw) -> {
      Args.count("__setitem__", args, kw, 2, 2);
      Ops.setItem(ts, BuiltinSubclasses.valueOf(self), args[0], args[1]);
      return PyNone.NONE;
    });
    put(m, t, "__delitem__", (ts, self, args, kw) -> {
      Args.count("__delitem__", args, kw, 1, 1);
      Ops.delItem(BuiltinSubclasses.valueOf(self), args[0]);
      return PyNone.NONE;
    });
    if (t == PyBuiltinType.INT || t == PyBuiltinType.FLOAT) {
      put(m, t, "__int__", (ts, self, args, kw) ->
          TypeConstructors.toInt(ts, new Object[] {BuiltinSubclasses.valueOf(self)}, null));
      put(m, t, "__float__", (ts, self, args, kw) ->
          TypeConstructors.toFloat(ts, new Object[] {BuiltinSubclasses.valueOf(self)}, null));
    }
    if (t == PyBuiltinType.INT || t == PyBuiltinType.FLOAT) {
      put(m, t, "__round__", (ts, self, args, kw) -> {
        Object[] all = new Object[args.length + 1];
        all[0] = BuiltinSubclasses.valueOf(self);
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(ts, ts.runtime().builtins().get("round"), all, kw);
      });
    }
    if (t == PyBuiltinType.INT) {
      put(m, t, "__index__", (ts, self, args, kw) -> BuiltinSubclasses.valueOf(self));
    }
    for (Map.Entry<String, BinaryOperator<Object>> e : BINARY.entrySet()) {
      BinaryOperator<Object> op = e.getValue();
      put(m, t, "__" + e.getKey() + "__", (ts, self, args, kw) -> {
        Args.count("__" + e.getKey() + "__", args, kw, 1, 1);
        return delegate(op, BuiltinSubclasses.valueOf(self), args[0]);
      });
      put(m, t, "__r" + e.getKey() + "__", (ts, self, args, kw) -> {
        Args.count("__r" + e.getKey() + "__", args, kw, 1, 1);
        return delegate((x, y) -> op.apply(y, x), BuiltinSubclasses.valueOf(self), args[0]);
      });
    }
    for (Map.Entry<String, String> e : COMPARISONS.entrySet()) {
      String symbol = e.getValue();
      put(m, t, "__" + e.getKey() + "__", (ts, self, args, kw) -> {
        Args.count("__" + e.getKey() + "__", args, kw, 1, 1);
        return delegate(
            (a, b) -> Ops.richCompare(symbol, a, b), BuiltinSubclasses.valueOf(self), args[0]);
      });
    }
    if (BuiltinSubclasses.isMutable(t)) {
      // In place: the held container changes and the instance itself is the result.
      put(m, t, "__iadd__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::iadd));
      put(m, t, "__imul__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::imul));
      put(m, t, "__ior__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::ior));
      put(m, t, "__iand__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::iand));
      put(m, t, "__isub__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::isub));
      put(m, t, "__ixor__", (ts, self, args, kw) -> inPlace(ts, self, args, Ops::ixor));
    }
    return Map.copyOf(m);
  }

  private static void put(
      Map<String, Object> m, PyBuiltinType t, String name, PyMethodDescriptor.Body body) {
    m.put(name, new PyMethodDescriptor(name, t, body));
  }

  /** {@code d[k]}; a dict subclass's {@code __missing__} answers for an absent key. */
  private static Object getItem(ThreadState ts, PyBuiltinType t, Object self, Object key) {
    Object value = BuiltinSubclasses.valueOf(self);
    if (t == PyBuiltinType.DICT && value instanceof PyDict d && self != d) {
      Object v = d.getOrNull(key);
      if (v != null) {
        return v;
      }
      Object missing = SpecialMethods.callIfDefined(ts, self, "__missing__", key);
      if (missing != null) {
        return missing;
      }
      throw PyException.keyError(key);
    }
    return Ops.getItem(value, key);
  }

  /** The built-in operator on the held value; NotImplemented when it does not apply. */
  private static Object delegate(BinaryOperator<Object> op, Object self, Object other) {
    Object o = BuiltinSubclasses.valueOf(other);
    if (SpecialMethods.isUser(o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    try {
      return op.apply(self, o);
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.TYPE_ERROR)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      throw e;
    }
  }

  /** One of the in-place operators of Ops, which take the thread state. */
  @FunctionalInterface
  private interface InPlace {
    Object apply(ThreadState ts, Object a, Object b);
  }

  private static Object inPlace(ThreadState ts, Object self, Object[] args, InPlace op) {
    if (args.length != 1) {
      throw PyException.typeError("expected 1 argument, got " + args.length);
    }
    Object value = BuiltinSubclasses.valueOf(self);
    Object result = op.apply(ts, value, BuiltinSubclasses.valueOf(args[0]));
    return result == value ? self : result;
  }
}
