package org.pygen.runtime;

import java.util.Map;
import java.util.Set;

/**
 * Classes deriving from {@code int}, {@code float}, {@code str}, {@code tuple}, {@code bytes},
 * {@code frozenset}, {@code list}, {@code dict} or {@code set}. Their instances are {@link
 * PyInstance}s holding the built-in value ({@link PyInstance#nativeState}); the built-in class
 * contributes, through {@link BuiltinClassMembers}, methods and special methods that work on
 * that value, so every operator reaches it through the usual special-method dispatch.
 */
final class BuiltinSubclasses {
  private BuiltinSubclasses() {}

  /** The built-in types a class statement may derive from. */
  static final Set<PyBuiltinType> SUBCLASSABLE =
      Set.of(
          PyBuiltinType.INT, PyBuiltinType.FLOAT, PyBuiltinType.STR, PyBuiltinType.TUPLE,
          PyBuiltinType.BYTES, PyBuiltinType.FROZENSET, PyBuiltinType.LIST, PyBuiltinType.DICT,
          PyBuiltinType.SET);

  /** Mutable containers are made empty and filled by {@code __init__}; values by the call. */
  static boolean isMutable(PyBuiltinType t) {
    return t == PyBuiltinType.LIST || t == PyBuiltinType.DICT || t == PyBuiltinType.SET;
  }

  /** The built-in value behind {@code o}: its held value for a subclass instance, else o. */
  static Object valueOf(Object o) {
    if (o instanceof PyInstance i && i.pyClass().valueBase() != null) {
      Object v = i.nativeState();
      if (v != null) {
        return v;
      }
    }
    return o;
  }

  /** The value a new instance of {@code cls} (deriving from {@code base}) starts with. */
  static Object initialValue(
      ThreadState ts, PyBuiltinType base, Object[] args, String[] kwNames) {
    if (isMutable(base)) {
      return base.call(ts, new Object[0], null);
    }
    return base.call(ts, args, kwNames);
  }

  /** The built-in class's members, made once per type. */
  static Map<String, Object> members(PyBuiltinType t) {
    return BuiltinClassMembers.of(t);
  }
}
