package org.pygen.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The methods {@code object} gives every class: what {@code super().__init__()},
 * {@code object.__repr__(self)} and the default behaviour of instances of a user's class run.
 */
final class ObjectMethods {
  private ObjectMethods() {}

  static final Map<String, Object> DICT = build();

  private static Map<String, Object> build() {
    Map<String, Object> d = new LinkedHashMap<>();
    method(d, "__init__", (ts, self, args, kw) -> {
      if (args.length > 0) {
        throw PyException.typeError(
            "object.__init__() takes exactly one argument (the instance to initialize)");
      }
      return PyNone.NONE;
    });
    d.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", ObjectMethods::newObject)));
    method(d, "__repr__", (ts, self, args, kw) -> {
      Args.none("__repr__", args, kw);
      return defaultRepr(self);
    });
    method(d, "__str__", (ts, self, args, kw) -> {
      Args.none("__str__", args, kw);
      return Ops.repr(self);
    });
    method(d, "__hash__", (ts, self, args, kw) -> {
      Args.none("__hash__", args, kw);
      return identityHash(self);
    });
    method(d, "__eq__", (ts, self, args, kw) -> {
      Args.count("__eq__", args, kw, 1, 1);
      return self == args[0] ? Boolean.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    });
    method(d, "__ne__", (ts, self, args, kw) -> {
      Args.count("__ne__", args, kw, 1, 1);
      Object eq = SpecialMethods.callIfDefined(ts, self, "__eq__", args[0]);
      if (eq == null || eq == PyNotImplemented.NOT_IMPLEMENTED) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      return !Ops.isTrue(eq);
    });
    for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
      method(d, cmp, (ts, self, args, kw) -> {
        Args.count(cmp, args, kw, 1, 1);
        return PyNotImplemented.NOT_IMPLEMENTED;
      });
    }
    method(d, "__format__", (ts, self, args, kw) -> {
      Args.count("__format__", args, kw, 1, 1);
      String spec = Args.str("__format__", args[0], "argument");
      if (!spec.isEmpty()) {
        throw PyException.typeError(
            "unsupported format string passed to " + Ops.typeName(self) + ".__format__");
      }
      return Ops.str(self);
    });
    method(d, "__getattribute__", (ts, self, args, kw) -> {
      Args.count("__getattribute__", args, kw, 1, 1);
      String name = Args.str("__getattribute__", args[0], "attribute name");
      Object v = genericGet(ts, self, name);
      if (v == null) {
        throw Attributes.noAttribute(self, name);
      }
      return v;
    });
    method(d, "__setattr__", (ts, self, args, kw) -> {
      Args.count("__setattr__", args, kw, 2, 2);
      genericSet(ts, self, Args.str("__setattr__", args[0], "attribute name"), args[1]);
      return PyNone.NONE;
    });
    method(d, "__delattr__", (ts, self, args, kw) -> {
      Args.count("__delattr__", args, kw, 1, 1);
      genericDelete(ts, self, Args.str("__delattr__", args[0], "attribute name"));
      return PyNone.NONE;
    });
    d.put("__init_subclass__",
        new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (ts, args, kw) -> {
          Args.count("__init_subclass__", args, kw, 1, 1);
          return PyNone.NONE;
        })));
    return Map.copyOf(d);
  }

  private static void method(Map<String, Object> d, String name, PyMethodDescriptor.Body body) {
    d.put(name, new PyMethodDescriptor(name, PyBuiltinType.OBJECT, body));
  }

  /** {@code object.__new__(cls)}: a bare instance of a user's class, {@code __init__} not run. */
  private static Object newObject(ThreadState ts, Object[] args, String[] kw) {
    if (args.length == 0) {
      throw PyException.typeError("object.__new__(): not enough arguments");
    }
    Object cls = args[0];
    if (cls instanceof PyClass c) {
      return c.allocate(ts, slice(args), kw);
    }
    if (cls == PyBuiltinType.OBJECT) {
      return new PyPlainObject();
    }
    if (!Classes.isClass(cls)) {
      throw PyException.typeError(
          "object.__new__(X): X is not a type object (" + Ops.typeName(cls) + ")");
    }
    throw PyException.typeError(
        "object.__new__(" + Classes.name(cls) + ") is not safe, use "
            + Classes.name(cls) + ".__new__()");
  }

  private static Object[] slice(Object[] args) {
    Object[] rest = new Object[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return rest;
  }

  /** {@code <__main__.Point object at 0x7f...>}. */
  static String defaultRepr(Object self) {
    Object cls = PyBuiltinType.typeOf(self);
    String module = cls instanceof PyClass c ? c.module() + "." : "";
    return "<" + module + Classes.qualname(cls) + " object at " + Ops.addressOf(self) + ">";
  }

  /** The default hash: stable for the object's life, unrelated to its value. */
  static long identityHash(Object self) {
    return System.identityHashCode(self);
  }

  static Object genericGet(ThreadState ts, Object self, String name) {
    if (self instanceof PyInstance i) {
      return i.genericGet(ts, name);
    }
    return Attributes.lookup(ts, self, name);
  }

  static void genericSet(ThreadState ts, Object self, String name, Object value) {
    if (self instanceof PyInstance i) {
      i.genericSet(ts, name, value);
    } else {
      Ops.setAttr(ts, self, name, value);
    }
  }

  static void genericDelete(ThreadState ts, Object self, String name) {
    if (self instanceof PyInstance i) {
      i.genericDelete(ts, name);
    } else {
      Ops.delAttr(ts, self, name);
    }
  }
}
