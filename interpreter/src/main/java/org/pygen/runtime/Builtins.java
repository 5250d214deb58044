package org.pygen.runtime;

import java.io.Writer;
import java.util.Map;

/**
 * Fills a runtime's builtins namespace: the built-in functions, the built-in type objects and the
 * exception classes. Functions are split by theme over this class, {@link IterBuiltins} and
 * {@link NumericBuiltins}.
 */
public final class Builtins {
  private Builtins() {}

  /** Installs every builtin into {@code runtime.builtins()}. */
  public static void install(PyRuntime runtime) {
    Map<String, Object> b = runtime.builtins();
    for (PyBuiltinType t :
        new PyBuiltinType[] {
          PyBuiltinType.OBJECT, PyBuiltinType.TYPE, PyBuiltinType.INT, PyBuiltinType.BOOL,
          PyBuiltinType.FLOAT, PyBuiltinType.STR, PyBuiltinType.BYTES, PyBuiltinType.LIST,
          PyBuiltinType.TUPLE,
          PyBuiltinType.DICT, PyBuiltinType.SET, PyBuiltinType.FROZENSET, PyBuiltinType.RANGE,
          PyBuiltinType.SLICE, PyBuiltinType.STATICMETHOD, PyBuiltinType.CLASSMETHOD,
          PyBuiltinType.PROPERTY, PyBuiltinType.SUPER
        }) {
      b.put(t.name(), t);
    }
    for (PyExceptionType e : PyExceptionType.ALL) {
      b.put(e.name(), e);
    }
    // Python's EnvironmentError and IOError are aliases of OSError.
    b.put("EnvironmentError", PyExceptionType.OS_ERROR);
    b.put("IOError", PyExceptionType.OS_ERROR);
    b.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
    define(b, "print", Builtins::print);
    define(b, "input", Builtins::input);
    defineOneArgument(b, "len", (ts, o) -> Ops.len(o));
    defineOneArgument(b, "repr", (ts, o) -> Ops.repr(o));
    defineOneArgument(b, "ascii", (ts, o) -> Ops.ascii(o));
    defineOneArgument(b, "abs", (ts, o) -> Ops.abs(o));
    defineOneArgument(b, "hash", (ts, o) -> Ops.hash(o));
    defineOneArgument(b, "id", (ts, o) -> (long) System.identityHashCode(o));
    defineOneArgument(b, "callable", (ts, o) -> isCallable(o));
    define(b, "isinstance", Builtins::isInstance);
    define(b, "issubclass", Builtins::isSubclass);
    define(b, "getattr", Builtins::getAttr);
    define(b, "setattr", (ts, args, kw) -> {
      Args.count("setattr", args, kw, 3, 3);
      Ops.setAttr(ts, args[0], attrName("setattr", args[1]), args[2]);
      return PyNone.NONE;
    });
    define(b, "hasattr", (ts, args, kw) -> {
      Args.count("hasattr", args, kw, 2, 2);
      try {
        return Attributes.lookup(ts, args[0], attrName("hasattr", args[1])) != null;
      } catch (PyException e) {
        if (e.isInstance(PyExceptionType.ATTRIBUTE_ERROR)) {
          return false;
        }
        throw e;
      }
    });
    define(b, "delattr", (ts, args, kw) -> {
      Args.count("delattr", args, kw, 2, 2);
      Ops.delAttr(ts, args[0], attrName("delattr", args[1]));
      return PyNone.NONE;
    });
    // Direct calls are compiled to read the calling frame (NamespaceCallNode); these run
    // only when the builtin is called some other way, e.g. through a variable.
    for (String frameReader : new String[] {"globals", "locals"}) {
      define(b, frameReader, (ts, args, kw) -> {
        throw PyException.runtimeError(
            "pygen supports " + frameReader + "() only as a direct call");
      });
    }
    define(b, "vars", Builtins::vars);
    define(b, "dir", Builtins::dir);
    define(b, "format", (ts, args, kw) -> {
      Args.count("format", args, kw, 1, 2);
      String spec = "";
      if (args.length > 1) {
        if (!(args[1] instanceof String s)) {
          throw PyException.typeError(
              "format() argument 2 must be str, not " + Ops.typeName(args[1]));
        }
        spec = s;
      }
      return Ops.format(args[0], spec);
    });
    define(b, "open", PyFile::open);
    IterBuiltins.install(b);
    NumericBuiltins.install(b);
  }

  private static boolean isCallable(Object o) {
    return SpecialMethods.isUser(o) ? SpecialMethods.isCallable(o) : o instanceof PyCallable;
  }

  static void define(Map<String, Object> builtins, String name, PyCallable body) {
    builtins.put(name, new PyBuiltinFunction(name, body));
  }

  /** A builtin of exactly one positional argument; calls of it pass no argument array. */
  static void defineOneArgument(
      Map<String, Object> builtins, String name, PyBuiltinFunction.OneArgument fn) {
    builtins.put(name, PyBuiltinFunction.ofOneArgument(name, fn));
  }

  /** {@code input(prompt='')}: writes the prompt, reads one line without its line break. */
  private static Object input(ThreadState ts, Object[] args, String[] kwNames) {
    Args.noKeywords("input", kwNames);
    if (args.length > 1) {
      throw PyException.typeError("input expected at most 1 argument, got " + args.length);
    }
    PyRuntime rt = ts.runtime();
    if (args.length == 1) {
      PyRuntime.writeAtomically(rt.out(), Ops.str(args[0]), true);
    } else {
      rt.flush();
    }
    String line = rt.readLine(ts);
    if (line == null) {
      throw PyException.of(PyExceptionType.EOF_ERROR, "EOF when reading a line");
    }
    return line;
  }

  private static Object print(ThreadState ts, Object[] args, String[] kwNames) {
    int npos = Args.positional(args, kwNames);
    Object sep = PyNone.NONE;
    Object end = PyNone.NONE;
    Object file = PyNone.NONE;
    Object flush = Boolean.FALSE;
    for (int i = npos; i < args.length; i++) {
      switch (kwNames[i - npos]) {
        case "sep":
          sep = args[i];
          break;
        case "end":
          end = args[i];
          break;
        case "file":
          file = args[i];
          break;
        case "flush":
          flush = args[i];
          break;
        default:
          throw PyException.typeError(
              "'" + kwNames[i - npos] + "' is an invalid keyword argument for print()");
      }
    }
    String sepText = optionalText(sep, "sep", " ");
    String endText = optionalText(end, "end", "\n");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < npos; i++) {
      if (i > 0) {
        sb.append(sepText);
      }
      sb.append(Ops.str(args[i]));
    }
    sb.append(endText);
    boolean doFlush = Ops.isTrue(flush);
    if (file == PyNone.NONE) {
      Writer out = ts.runtime().out();
      PyRuntime.writeAtomically(out, sb.toString(), doFlush);
    } else if (file instanceof PyFile f) {
      f.write(sb.toString());
      if (doFlush) {
        f.flush();
      }
    } else {
      Ops.callMethod(ts, file, "write", new Object[] {sb.toString()}, null);
      if (doFlush) {
        Ops.callMethod(ts, file, "flush", new Object[0], null);
      }
    }
    return PyNone.NONE;
  }

  private static String optionalText(Object o, String name, String ifNone) {
    if (o == PyNone.NONE) {
      return ifNone;
    }
    if (o instanceof String s) {
      return s;
    }
    throw PyException.typeError(name + " must be None or a string, not " + Ops.typeName(o));
  }


  private static String attrName(String function, Object name) {
    if (name instanceof String s) {
      return s;
    }
    throw PyException.typeError(
        "attribute name must be string, not '" + Ops.typeName(name) + "'");
  }

  /** {@code vars(obj)}: the object's {@code __dict__}. */
  private static Object vars(ThreadState ts, Object[] args, String[] kw) {
    Args.count("vars", args, kw, 1, 1);
    Object d = Attributes.lookup(ts, args[0], "__dict__");
    if (d == null) {
      throw PyException.typeError("vars() argument must have __dict__ attribute");
    }
    return d;
  }

  /**
   * {@code dir(obj)}: the sorted names of the object's attributes: its dict's, its class's and
   * their bases'. Without an argument, pygen cannot see the caller's locals and refuses.
   */
  private static Object dir(ThreadState ts, Object[] args, String[] kw) {
    Args.count("dir", args, kw, 1, 1);
    java.util.Set<String> names = new java.util.TreeSet<>();
    Object obj = args[0];
    Object own = obj instanceof PyInstance || obj instanceof PyBaseException
        ? Attributes.lookup(ts, obj, "__dict__") : null;
    if (own instanceof PyDict d) {
      for (Object k : d.keysArray()) {
        names.add(Ops.str(k));
      }
    }
    if (obj instanceof PyModule m) {
      names.addAll(m.attributeNames());
    } else {
      Object cls = Classes.isClass(obj) ? obj : PyBuiltinType.typeOf(obj);
      for (Object c : Mro.of(cls)) {
        names.addAll(Classes.ownNames(c));
      }
    }
    return PyList.wrap(names.toArray());
  }

  private static Object getAttr(ThreadState ts, Object[] args, String[] kw) {
    Args.count("getattr", args, kw, 2, 3);
    String name = attrName("getattr", args[1]);
    if (args.length == 2) {
      return Ops.getAttr(ts, args[0], name);
    }
    try {
      Object v = Attributes.lookup(ts, args[0], name);
      return v == null ? args[2] : v;
    } catch (PyException e) {
      if (e.isInstance(PyExceptionType.ATTRIBUTE_ERROR)) {
        return args[2];
      }
      throw e;
    }
  }

  private static Object isInstance(ThreadState ts, Object[] args, String[] kw) {
    Args.count("isinstance", args, kw, 2, 2);
    return isInstance(args[0], args[1]);
  }

  /** {@code isinstance(obj, classinfo)} for built-in types, exception classes and tuples. */
  public static boolean isInstance(Object obj, Object classInfo) {
    if (classInfo instanceof PyTypeCheck t) {
      return t.instanceCheck(obj);
    }
    if (classInfo instanceof PyExceptionType et) {
      return obj instanceof PyBaseException e && e.isInstanceOf(et);
    }
    if (classInfo instanceof PyTuple t) {
      for (Object c : t.items()) {
        if (isInstance(obj, c)) {
          return true;
        }
      }
      // Still reject a tuple holding non-types, as CPython does once it reaches them.
      return false;
    }
    throw PyException.typeError(
        "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }

  private static Object isSubclass(ThreadState ts, Object[] args, String[] kw) {
    Args.count("issubclass", args, kw, 2, 2);
    return isSubclass(args[0], args[1]);
  }

  /** {@code issubclass(cls, classinfo)}. */
  public static boolean isSubclass(Object cls, Object classInfo) {
    if (!(cls instanceof PyTypeCheck || cls instanceof PyExceptionType || cls instanceof PyClass)) {
      throw PyException.typeError("issubclass() arg 1 must be a class");
    }
    if (classInfo instanceof PyTuple t) {
      for (Object c : t.items()) {
        if (isSubclass(cls, c)) {
          return true;
        }
      }
      return false;
    }
    if (classInfo instanceof PyTypeCheck t) {
      return t.subclassCheck(cls);
    }
    if (classInfo instanceof PyExceptionType et) {
      return Classes.isSubclass(cls, et);
    }
    throw PyException.typeError(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
}
