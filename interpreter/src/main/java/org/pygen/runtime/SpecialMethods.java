package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * How instances of a user's classes join the language: the operators and protocols of
 * {@link Ops} call the special methods ({@code __add__}, {@code __eq__}, {@code __iter__},
 * {@code __repr__}...) their class defines, following CPython's rules for reflected operands,
 * {@code NotImplemented} and the defaults.
 */
public final class SpecialMethods {
  private SpecialMethods() {}

  /** The names behind each binary operator: the method, the reflected one, the in-place one. */
  private record Names(String method, String reflected, String inPlace) {}

  private static final Map<String, Names> BINARY =
      Map.ofEntries(
          Map.entry("+", new Names("__add__", "__radd__", "__iadd__")),
          Map.entry("-", new Names("__sub__", "__rsub__", "__isub__")),
          Map.entry("*", new Names("__mul__", "__rmul__", "__imul__")),
          Map.entry("/", new Names("__truediv__", "__rtruediv__", "__itruediv__")),
          Map.entry("//", new Names("__floordiv__", "__rfloordiv__", "__ifloordiv__")),
          Map.entry("%", new Names("__mod__", "__rmod__", "__imod__")),
          Map.entry("** or pow()", new Names("__pow__", "__rpow__", "__ipow__")),
          Map.entry("<<", new Names("__lshift__", "__rlshift__", "__ilshift__")),
          Map.entry(">>", new Names("__rshift__", "__rrshift__", "__irshift__")),
          Map.entry("&", new Names("__and__", "__rand__", "__iand__")),
          Map.entry("|", new Names("__or__", "__ror__", "__ior__")),
          Map.entry("^", new Names("__xor__", "__rxor__", "__ixor__")),
          Map.entry("@", new Names("__matmul__", "__rmatmul__", "__imatmul__")),
          Map.entry("divmod()", new Names("__divmod__", "__rdivmod__", null)));

  /** Whether {@code o} is an instance of a class made by a {@code class} statement. */
  public static boolean isUser(Object o) {
    return o instanceof PyInstance
        || (o instanceof PyBaseException e && e.pythonClass() instanceof PyClass);
  }

  /** Whether either operand is an instance of a user's class. */
  public static boolean involvesUser(Object a, Object b) {
    return isUser(a) || isUser(b);
  }

  private static PyClass classOf(Object o) {
    return (PyClass) PyBuiltinType.typeOf(o);
  }

  /** The thread state of the run in progress, for operators reached without one. */
  static ThreadState ts(Object userObject) {
    PyClass cls = userObject instanceof PyClass c ? c : classOf(userObject);
    return ThreadState.current(cls.runtime());
  }

  private static ThreadState ts(Object a, Object b) {
    return ts(isUser(a) ? a : b);
  }

  /**
   * Calls {@code method}, found on {@code cls}, for {@code self}: a function gets self first, a
   * staticmethod does not, a classmethod gets the class.
   */
  static Object callMethod(
      ThreadState ts, Object self, Object method, Object cls, Object[] args, String[] kwNames) {
    if (method instanceof BindsAsMethod) {
      return Ops.call(ts, method, prepend(self, args), kwNames);
    }
    if (method instanceof PyStaticMethod s) {
      return Ops.call(ts, s.function(), args, kwNames);
    }
    if (method instanceof PyClassMethod c) {
      return Ops.call(ts, c.function(), prepend(cls, args), kwNames);
    }
    if (method instanceof PyProperty p) {
      return Ops.call(ts, p.get(ts, self), args, kwNames);
    }
    return Ops.call(ts, method, args, kwNames);
  }

  private static Object[] prepend(Object first, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = first;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  /** Calls {@code self.name(args)} looked up on the class; Java null when it does not exist. */
  static Object callIfDefined(ThreadState ts, Object self, String name, Object... args) {
    Object cls = PyBuiltinType.typeOf(self);
    Object m = Classes.lookup(cls, name);
    if (m == null) {
      return null;
    }
    return callMethod(ts, self, m, cls, args, null);
  }

  private static Object method(Object o, String name) {
    return Classes.lookup(PyBuiltinType.typeOf(o), name);
  }

  /** Whether the class of {@code o} defines (or inherits) the attribute {@code name}. */
  static boolean defines(Object o, String name) {
    return method(o, name) != null;
  }

  // ---------------------------------------------------------------- operators

  /**
   * {@code a op b} with at least one user operand: {@code a.__op__(b)}, then {@code
   * b.__rop__(a)}; the reflected method first when b's class is a subclass of a's overriding it.
   */
  static Object binary(String symbol, Object a, Object b) {
    Object r = tryBinary(ts(a, b), symbol, a, b);
    if (r == null) {
      throw Ops.unsupported(symbol, a, b);
    }
    return r;
  }

  /**
   * Like {@link #binary}, but Java null when neither operand handles the operator, so the
   * caller goes on to the built-in behaviour and its own error message (a list times a user's
   * object that has no {@code __rmul__} is "can't multiply sequence by non-int").
   */
  static Object binaryOrNull(String symbol, Object a, Object b) {
    return tryBinary(ts(a, b), symbol, a, b);
  }

  /** The result, or Java null when both sides returned NotImplemented or lack the method. */
  private static Object tryBinary(ThreadState ts, String symbol, Object a, Object b) {
    Names names = BINARY.get(symbol);
    Object ta = PyBuiltinType.typeOf(a);
    Object tb = PyBuiltinType.typeOf(b);
    Object ma = Classes.lookup(ta, names.method());
    Object mb = ta == tb ? null : Classes.lookup(tb, names.reflected());
    if (mb != null && Classes.isSubclass(tb, ta) && mb != Classes.lookup(ta, names.reflected())) {
      Object r = callMethod(ts, b, mb, tb, new Object[] {a}, null);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
      mb = null;
    }
    if (ma != null) {
      Object r = callMethod(ts, a, ma, ta, new Object[] {b}, null);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (mb != null) {
      Object r = callMethod(ts, b, mb, tb, new Object[] {a}, null);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    return null;
  }

  /**
   * {@code a op= b} for a user's {@code a}: {@code a.__iop__(b)} when defined and not
   * NotImplemented, else the binary operator, refused with the {@code op=} wording.
   */
  static Object inPlace(ThreadState ts, String symbol, Object a, Object b) {
    Names names = BINARY.get(symbol);
    Object cls = PyBuiltinType.typeOf(a);
    Object m = Classes.lookup(cls, names.inPlace());
    if (m != null) {
      Object r = callMethod(ts, a, m, cls, new Object[] {b}, null);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    Object r = tryBinary(ts, symbol, a, b);
    if (r == null) {
      throw Ops.unsupported(symbol + "=", a, b);
    }
    return r;
  }

  /** {@code -a}, {@code +a}, {@code ~a}, {@code abs(a)} on a user's instance. */
  static Object unary(String name, Object a) {
    Object m = method(a, name);
    if (m == null) {
      String t = Ops.typeName(a);
      throw PyException.typeError(
          switch (name) {
            case "__neg__" -> "bad operand type for unary -: '" + t + "'";
            case "__pos__" -> "bad operand type for unary +: '" + t + "'";
            case "__invert__" -> "bad operand type for unary ~: '" + t + "'";
            default -> "bad operand type for abs(): '" + t + "'";
          });
    }
    return callMethod(ts(a), a, m, PyBuiltinType.typeOf(a), new Object[0], null);
  }

  // ---------------------------------------------------------------- comparison

  /** The rich comparison {@code a op b}, op one of "<", "<=", "==", "!=", ">", ">=". */
  static Object compare(String op, Object a, Object b) {
    String name = compareName(op);
    String reflected = compareName(reflectedOp(op));
    ThreadState ts = ts(a, b);
    Object ta = PyBuiltinType.typeOf(a);
    Object tb = PyBuiltinType.typeOf(b);
    boolean reflectFirst = ta != tb && Classes.isSubclass(tb, ta)
        && Classes.lookup(tb, reflected) != Classes.lookup(ta, reflected);
    if (reflectFirst) {
      Object r = callComparison(ts, b, reflected, a);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    Object r = callComparison(ts, a, name, b);
    if (r != PyNotImplemented.NOT_IMPLEMENTED) {
      return r;
    }
    if (!reflectFirst) {
      r = callComparison(ts, b, reflected, a);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    switch (op) {
      case "==":
        return a == b;
      case "!=":
        return a != b;
      default:
        throw PyException.typeError(
            "'" + op + "' not supported between instances of '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'");
    }
  }

  private static Object callComparison(ThreadState ts, Object self, String name, Object other) {
    Object cls = PyBuiltinType.typeOf(self);
    Object m = Classes.lookup(cls, name);
    if (m == null || m == PyNone.NONE) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return callMethod(ts, self, m, cls, new Object[] {other}, null);
  }

  private static String compareName(String op) {
    return switch (op) {
      case "<" -> "__lt__";
      case "<=" -> "__le__";
      case "==" -> "__eq__";
      case "!=" -> "__ne__";
      case ">" -> "__gt__";
      default -> "__ge__";
    };
  }

  private static String reflectedOp(String op) {
    return switch (op) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> op;
    };
  }

  // ---------------------------------------------------------------- protocols

  /** {@code bool(o)}: {@code __bool__}, else {@code __len__() != 0}, else true. */
  static boolean isTrue(Object o) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__bool__");
    if (m != null) {
      Object r = callMethod(ts(o), o, m, cls, new Object[0], null);
      if (r instanceof Boolean b) {
        return b;
      }
      throw PyException.typeError(
          "__bool__ should return bool, returned " + Ops.typeName(r));
    }
    if (Classes.lookup(cls, "__len__") != null) {
      return len(o) != 0;
    }
    return true;
  }

  /** {@code len(o)}: {@code __len__}, which must give a non-negative int. */
  static long len(Object o) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__len__");
    if (m == null) {
      throw PyException.typeError("object of type '" + Ops.typeName(o) + "' has no len()");
    }
    Object r = callMethod(ts(o), o, m, cls, new Object[0], null);
    if (!Numbers.isInt(r)) {
      throw PyException.typeError(
          "'" + Ops.typeName(r) + "' object cannot be interpreted as an integer");
    }
    if (r instanceof BigInteger big) {
      if (big.signum() < 0) {
        throw PyException.valueError("__len__() should return >= 0");
      }
      throw PyException.of(
          PyExceptionType.OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer");
    }
    long n = Numbers.smallInt(r);
    if (n < 0) {
      throw PyException.valueError("__len__() should return >= 0");
    }
    return n;
  }

  /** {@code hash(o)}: {@code __hash__}; None there means unhashable. */
  static long hash(Object o) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__hash__");
    if (m == null || m == PyNone.NONE) {
      throw PyException.typeError("unhashable type: '" + Ops.typeName(o) + "'");
    }
    Object r = callMethod(ts(o), o, m, cls, new Object[0], null);
    if (!Numbers.isInt(r)) {
      throw PyException.typeError("__hash__ method should return an integer");
    }
    // A big result is reduced as CPython reduces ints; -1 is reserved for errors there.
    long h = r instanceof Long l ? l : Ops.hash(r);
    return h == -1 ? -2 : h;
  }

  /** {@code repr(o)}: {@code __repr__}, which must give a str. */
  static String repr(Object o) {
    return stringResult(o, "__repr__");
  }

  /** {@code str(o)}: {@code __str__} (object's default is the repr). */
  static String str(Object o) {
    return stringResult(o, "__str__");
  }

  private static String stringResult(Object o, String name) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, name);
    Object r = callMethod(ts(o), o, m, cls, new Object[0], null);
    if (r instanceof String s) {
      return s;
    }
    throw PyException.typeError(name + " returned non-string (type " + Ops.typeName(r) + ")");
  }

  /** {@code format(o, spec)}: {@code __format__}, which must give a str. */
  static String format(Object o, String spec) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__format__");
    Object r = callMethod(ts(o), o, m, cls, new Object[] {spec}, null);
    if (r instanceof String s) {
      return s;
    }
    throw PyException.typeError("__format__ must return a str, not " + Ops.typeName(r));
  }

  /**
   * The result of the first of {@code names} ({@code __int__}, {@code __index__}...) the class
   * defines, called without arguments; Java null when it defines none.
   */
  static Object toNumber(ThreadState ts, Object o, String... names) {
    Object cls = PyBuiltinType.typeOf(o);
    for (String name : names) {
      Object m = Classes.lookup(cls, name);
      if (m != null) {
        return callMethod(ts, o, m, cls, new Object[0], null);
      }
    }
    return null;
  }

  /** {@code o(args)}: {@code __call__}. */
  static Object call(ThreadState ts, Object o, Object[] args, String[] kwNames) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__call__");
    if (m == null) {
      throw PyException.typeError("'" + Ops.typeName(o) + "' object is not callable");
    }
    return callMethod(ts, o, m, cls, args, kwNames);
  }

  /** Whether {@code o} can be called: its class defines {@code __call__}. */
  static boolean isCallable(Object o) {
    return method(o, "__call__") != null;
  }

  /** {@code o[key]}. */
  static Object getItem(Object o, Object key) {
    return item(o, "__getitem__", "' object is not subscriptable", key);
  }

  /** {@code o[key] = value}. */
  static void setItem(Object o, Object key, Object value) {
    item(o, "__setitem__", "' object does not support item assignment", key, value);
  }

  /** {@code del o[key]}. */
  static void delItem(Object o, Object key) {
    item(o, "__delitem__", "' object doesn't support item deletion", key);
  }

  private static Object item(Object o, String name, String refusal, Object... args) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, name);
    if (m == null) {
      throw PyException.typeError("'" + Ops.typeName(o) + refusal);
    }
    return callMethod(ts(o), o, m, cls, args, null);
  }

  /** {@code item in o}: {@code __contains__}, else a search through the iteration. */
  static boolean contains(ThreadState ts, Object o, Object item) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__contains__");
    if (m != null) {
      return Ops.isTrue(callMethod(ts, o, m, cls, new Object[] {item}, null));
    }
    if (!isIterable(o)) {
      throw PyException.typeError(
          "argument of type '" + Ops.typeName(o) + "' is not iterable");
    }
    PyIterator it = iter(ts, o);
    for (Object x = it.next(ts); x != PyIterator.DONE; x = it.next(ts)) {
      if (x == item || Ops.eq(x, item)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code iter(o)} would work: {@code __iter__} (not None) or {@code __getitem__}. */
  static boolean isIterable(Object o) {
    Object m = method(o, "__iter__");
    return (m != null && m != PyNone.NONE) || (m == null && method(o, "__getitem__") != null);
  }

  /**
   * {@code iter(o)}: {@code __iter__}, whose result must be an iterator; without it, a
   * {@code __getitem__} with indices 0, 1, 2... until IndexError.
   */
  static PyIterator iter(ThreadState ts, Object o) {
    Object it = iterObject(ts, o);
    return it instanceof PyIterator pi ? pi : new UserIterator(it);
  }

  /**
   * What the builtin {@code iter(o)} returns: the object {@code __iter__} returned (often the
   * instance itself), which is either a built-in iterator or a user's object with
   * {@code __next__}.
   */
  static Object iterObject(ThreadState ts, Object o) {
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__iter__");
    if (m == null && Classes.lookup(cls, "__getitem__") != null) {
      return new SequenceIterator(o);
    }
    if (m == null || m == PyNone.NONE) {
      throw PyException.typeError("'" + Ops.typeName(o) + "' object is not iterable");
    }
    Object it = callMethod(ts, o, m, cls, new Object[0], null);
    if (it instanceof PyIterator || (isUser(it) && method(it, "__next__") != null)) {
      return it;
    }
    throw PyException.typeError(
        "iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
  }

  /** Whether {@code o} is an iterator: its class defines {@code __next__}. */
  static boolean isIterator(Object o) {
    return method(o, "__next__") != null;
  }

  /** {@code next(o)}: {@code __next__}; its StopIteration passes through. */
  static Object next(ThreadState ts, Object o) {
    if (o instanceof PyInstance i && i.pyClass().lookupNext() instanceof BindsAsMethod m) {
      return m.callWithSelf(ts, o);
    }
    Object cls = PyBuiltinType.typeOf(o);
    Object m = Classes.lookup(cls, "__next__");
    if (m == null) {
      throw PyException.typeError("'" + Ops.typeName(o) + "' object is not an iterator");
    }
    return callMethod(ts, o, m, cls, new Object[0], null);
  }
}
