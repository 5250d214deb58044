package org.pygen.runtime;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A built-in type object such as {@code int} or {@code list}: callable (it constructs values),
 * understood by {@code isinstance}, with repr {@code <class 'int'>}. The instances are immutable
 * singletons shared by every interpreter, like {@link PyExceptionType}'s.
 */
public final class PyBuiltinType implements PyCallable, HasAttributes, PyObjectTyped, PyTypeCheck {
  private static final Map<String, BuiltinMethod> NO_METHODS = Map.of();

  public static final PyBuiltinType OBJECT =
      new PyBuiltinType("object", null, o -> true, TypeConstructors::object, () -> NO_METHODS);
  public static final PyBuiltinType TYPE =
      new PyBuiltinType(
          "type",
          OBJECT,
          o -> o instanceof PyBuiltinType || o instanceof PyExceptionType || o instanceof PyClass,
          TypeConstructors::type,
          () -> NO_METHODS);
  public static final PyBuiltinType INT =
      new PyBuiltinType(
          "int",
          OBJECT,
          o -> o instanceof Long || o instanceof BigInteger,
          TypeConstructors::toInt,
          () -> NumberMethods.INT);
  public static final PyBuiltinType BOOL =
      new PyBuiltinType(
          "bool",
          INT,
          o -> o instanceof Boolean,
          TypeConstructors::toBool,
          () -> NumberMethods.INT);
  public static final PyBuiltinType FLOAT =
      new PyBuiltinType(
          "float",
          OBJECT,
          o -> o instanceof Double,
          TypeConstructors::toFloat,
          () -> NumberMethods.FLOAT);
  public static final PyBuiltinType STR =
      new PyBuiltinType(
          "str", OBJECT, o -> o instanceof String, TypeConstructors::toStr, () -> StrMethods.TABLE);
  public static final PyBuiltinType BYTES =
      new PyBuiltinType(
          "bytes", OBJECT, o -> o instanceof PyBytes, TypeConstructors::toBytes,
          () -> BytesMethods.TABLE);
  public static final PyBuiltinType LIST =
      new PyBuiltinType(
          "list", OBJECT, o -> o instanceof PyList, TypeConstructors::toList,
          () -> ListMethods.TABLE);
  public static final PyBuiltinType TUPLE =
      new PyBuiltinType(
          "tuple", OBJECT, o -> o instanceof PyTuple, TypeConstructors::toTuple,
          () -> TupleMethods.TABLE);
  public static final PyBuiltinType DICT =
      new PyBuiltinType(
          "dict", OBJECT, o -> o instanceof PyDict, TypeConstructors::toDict,
          () -> DictMethods.TABLE);
  public static final PyBuiltinType SET =
      new PyBuiltinType(
          "set",
          OBJECT,
          o -> o instanceof PySet s && !s.isFrozen(),
          TypeConstructors::toSet,
          () -> SetMethods.TABLE);
  public static final PyBuiltinType FROZENSET =
      new PyBuiltinType(
          "frozenset",
          OBJECT,
          o -> o instanceof PySet s && s.isFrozen(),
          TypeConstructors::toFrozenSet,
          () -> SetMethods.TABLE);
  public static final PyBuiltinType RANGE =
      new PyBuiltinType(
          "range", OBJECT, o -> o instanceof PyRange, TypeConstructors::range, () -> NO_METHODS);
  public static final PyBuiltinType SLICE =
      new PyBuiltinType(
          "slice", OBJECT, o -> o instanceof PySlice, TypeConstructors::slice, () -> NO_METHODS);
  public static final PyBuiltinType STATICMETHOD =
      new PyBuiltinType(
          "staticmethod",
          OBJECT,
          o -> o instanceof PyStaticMethod,
          (ts, args, kw) -> new PyStaticMethod(Args.exactlyOne("staticmethod", args, kw)),
          () -> NO_METHODS);
  public static final PyBuiltinType CLASSMETHOD =
      new PyBuiltinType(
          "classmethod",
          OBJECT,
          o -> o instanceof PyClassMethod,
          (ts, args, kw) -> new PyClassMethod(Args.exactlyOne("classmethod", args, kw)),
          () -> NO_METHODS);
  public static final PyBuiltinType PROPERTY =
      new PyBuiltinType(
          "property", OBJECT, o -> o instanceof PyProperty, PyProperty::construct,
          () -> NO_METHODS);
  public static final PyBuiltinType SUPER =
      new PyBuiltinType("super", OBJECT, o -> o instanceof PySuper, PySuper::construct,
          () -> NO_METHODS);
  public static final PyBuiltinType NONE_TYPE =
      new PyBuiltinType(
          "NoneType", OBJECT, o -> o == PyNone.NONE, TypeConstructors::none, () -> NO_METHODS);

  /** Every type above, by name: what {@link #named} looks in before making a new one. */
  private static final Map<String, PyBuiltinType> KNOWN =
      Map.ofEntries(
          Map.entry("object", OBJECT),
          Map.entry("type", TYPE),
          Map.entry("int", INT),
          Map.entry("bool", BOOL),
          Map.entry("float", FLOAT),
          Map.entry("str", STR),
          Map.entry("bytes", BYTES),
          Map.entry("list", LIST),
          Map.entry("tuple", TUPLE),
          Map.entry("dict", DICT),
          Map.entry("set", SET),
          Map.entry("frozenset", FROZENSET),
          Map.entry("range", RANGE),
          Map.entry("slice", SLICE),
          Map.entry("NoneType", NONE_TYPE),
          Map.entry("staticmethod", STATICMETHOD),
          Map.entry("classmethod", CLASSMETHOD),
          Map.entry("property", PROPERTY),
          Map.entry("super", SUPER),
          opaque("function"),
          opaque("generator"),
          opaque("module"),
          opaque("builtin_function_or_method"),
          opaque("method"),
          opaque("_io.TextIOWrapper"),
          opaque("enumerate"),
          opaque("zip"),
          opaque("map"),
          opaque("filter"),
          opaque("reversed"),
          opaque("list_iterator"),
          opaque("list_reverseiterator"),
          opaque("tuple_iterator"),
          opaque("range_iterator"),
          opaque("str_ascii_iterator"),
          opaque("str_iterator"),
          opaque("dict_keys"),
          opaque("dict_values"),
          opaque("dict_items"),
          opaque("dict_keyiterator"),
          opaque("dict_valueiterator"),
          opaque("dict_itemiterator"),
          opaque("set_iterator"),
          opaque("bytes_iterator"),
          opaque("callable_iterator"));

  private final String name;
  private final PyBuiltinType base;
  private final Predicate<Object> exactInstance;
  private final PyCallable constructor;
  private final Supplier<Map<String, BuiltinMethod>> methods;

  private PyBuiltinType(
      String name,
      PyBuiltinType base,
      Predicate<Object> exactInstance,
      PyCallable constructor,
      Supplier<Map<String, BuiltinMethod>> methods) {
    this.name = name;
    this.base = base;
    this.exactInstance = exactInstance;
    this.constructor = constructor;
    this.methods = methods;
  }

  private static Map.Entry<String, PyBuiltinType> opaque(String name) {
    return Map.entry(name, opaqueType(name));
  }

  private static PyBuiltinType opaqueType(String name) {
    return new PyBuiltinType(
        name,
        OBJECT,
        o -> o instanceof PyObjectTyped t && t.typeName().equals(name),
        null,
        () -> NO_METHODS);
  }

  /** The built-in type object with this name; an unknown name gets a fresh non-callable type. */
  public static PyBuiltinType named(String name) {
    PyBuiltinType t = KNOWN.get(name);
    return t != null ? t : opaqueType(name);
  }

  /** {@code type(o)}: a PyBuiltinType, a PyExceptionType, or a class from the class system. */
  public static Object typeOf(Object o) {
    if (o instanceof Long || o instanceof BigInteger) {
      return INT;
    }
    if (o instanceof String) {
      return STR;
    }
    if (o instanceof Double) {
      return FLOAT;
    }
    if (o instanceof Boolean) {
      return BOOL;
    }
    if (o == PyNone.NONE) {
      return NONE_TYPE;
    }
    if (o instanceof PyTuple) {
      return TUPLE;
    }
    if (o instanceof PyBaseException e) {
      return e.pythonClass();
    }
    if (o instanceof PyExceptionType || o instanceof PyClass) {
      return TYPE;
    }
    if (o instanceof PyObjectTyped t) {
      return t.pythonType();
    }
    return named(Ops.typeName(o));
  }

  /** The type's name, as {@code __name__} gives it. */
  public String name() {
    return name;
  }

  /** The base type ({@code int} for {@code bool}, {@code object} for most), null for object. */
  public PyBuiltinType base() {
    return base;
  }

  /** See {@link BuiltinClassMembers}; made on first use (immutable, so a race only repeats work). */
  private volatile Map<String, Object> members;

  Map<String, Object> members() {
    Map<String, Object> m = members;
    if (m == null) {
      m = BuiltinSubclasses.members(this);
      members = m;
    }
    return m;
  }

  /** The methods instances of this type have, by name. */
  Map<String, BuiltinMethod> methods() {
    return methods.get();
  }

  @Override
  public boolean instanceCheck(Object obj) {
    if (this == OBJECT) {
      return true;
    }
    Object t = typeOf(obj);
    if (t instanceof PyClass c) {
      return Classes.isSubclass(c, this);
    }
    return t instanceof PyBuiltinType bt ? bt.isSubtypeOf(this) : exactInstance.test(obj);
  }

  @Override
  public boolean subclassCheck(Object cls) {
    if (cls instanceof PyBuiltinType t) {
      return t.isSubtypeOf(this);
    }
    return this == OBJECT && (cls instanceof PyExceptionType || cls instanceof PyTypeCheck);
  }

  /** Whether this type is {@code other} or derives from it. */
  public boolean isSubtypeOf(PyBuiltinType other) {
    for (PyBuiltinType t = this; t != null; t = t.base) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    if (constructor == null) {
      throw PyException.typeError("cannot create '" + name + "' instances");
    }
    return constructor.call(ts, args, kwNames);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      // A dotted name such as "_io.TextIOWrapper" is the module, then the type's own name.
      case "__name__":
      case "__qualname__":
        return name.substring(name.lastIndexOf('.') + 1);
      case "__module__":
        return name.indexOf('.') < 0 ? "builtins" : name.substring(0, name.lastIndexOf('.'));
      default:
        break;
    }
    if (this == DICT && attr.equals("fromkeys")) {
      return new PyBuiltinFunction("fromkeys", DictMethods::fromKeys);
    }
    if (this == STR && attr.equals("maketrans")) {
      return new PyBuiltinFunction("maketrans", (ts2, args, kw) -> StrMethods.makeTrans(args, kw));
    }
    Object alternate = AlternateConstructors.lookup(this, attr);
    if (alternate != null) {
      return alternate;
    }
    BuiltinMethod m = methods().get(attr);
    if (m == null) {
      Object inherited = Classes.lookup(this, attr);
      return inherited == null ? null : InstanceAttributes.bind(inherited, null, this);
    }
    return new PyBuiltinFunction(attr, (t, args, kw) -> callUnbound(t, attr, m, args, kw));
  }

  /** {@code list.append(lst, x)}: the receiver is the first argument. */
  private Object callUnbound(
      ThreadState ts, String attr, BuiltinMethod m, Object[] args, String[] kwNames) {
    int positional = args.length - (kwNames == null ? 0 : kwNames.length);
    if (positional == 0) {
      throw PyException.typeError(
          "unbound method " + name + "." + attr + "() needs an argument");
    }
    Object self = args[0];
    if (!instanceCheck(self)) {
      throw PyException.typeError(
          "descriptor '"
              + attr
              + "' for '"
              + name
              + "' objects doesn't apply to a '"
              + Ops.typeName(self)
              + "' object");
    }
    Object[] rest = new Object[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return m.call(ts, BuiltinSubclasses.valueOf(self), rest, kwNames);
  }

  @Override
  public void setAttribute(ThreadState ts, String attr, Object value) {
    throw PyException.typeError(
        "cannot set '" + attr + "' attribute of immutable type '" + name + "'");
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public Object pythonType() {
    return TYPE;
  }

  @Override
  public String toString() {
    return "<class '" + name + "'>";
  }
}
