package org.pygen.runtime;

import java.util.Map;

/**
 * Questions asked of any class object, whichever kind it is: a {@link PyClass} made by a
 * {@code class} statement, a {@link PyBuiltinType} or a {@link PyExceptionType}.
 */
public final class Classes {
  private Classes() {}

  /** Whether {@code o} is a class object. */
  public static boolean isClass(Object o) {
    return o instanceof PyClass || o instanceof PyBuiltinType || o instanceof PyExceptionType
        || o instanceof NativeBase;
  }

  /** The class's {@code __name__}. */
  public static String name(Object cls) {
    if (cls instanceof PyClass c) {
      return c.name();
    }
    if (cls instanceof PyExceptionType t) {
      return t.name();
    }
    if (cls instanceof PyBuiltinType t) {
      return t.name();
    }
    if (cls instanceof NativeBase n) {
      return n.name();
    }
    return Ops.typeName(cls);
  }

  /** The class's {@code __qualname__} (the name for built-in classes). */
  public static String qualname(Object cls) {
    return cls instanceof PyClass c ? c.qualname() : name(cls);
  }

  /** Whether class {@code cls} is {@code base} or derives from it (through its MRO). */
  public static boolean isSubclass(Object cls, Object base) {
    if (cls == base || base == PyBuiltinType.OBJECT) {
      return true;
    }
    if (cls instanceof PyBuiltinType t) {
      return base instanceof PyBuiltinType b && t.isSubtypeOf(b);
    }
    if (cls instanceof PyExceptionType t) {
      return base instanceof PyExceptionType b && t.isSubclassOf(b);
    }
    if (cls instanceof PyClass c) {
      for (Object m : c.mro()) {
        if (m == base) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code cls} is an exception class: BaseException or a class deriving from it. */
  public static boolean isExceptionClass(Object cls) {
    return cls instanceof PyExceptionType
        || (cls instanceof PyClass c && c.exceptionBase() != null);
  }

  /**
   * The attribute {@code name} as the class's MRO defines it, unbound (a function stays a
   * function), or Java null. Built-in classes contribute the methods of {@link ObjectMethods}
   * and {@link ExceptionMethods}.
   */
  public static Object lookup(Object cls, String name) {
    if (cls instanceof PyClass c) {
      return c.lookup(name);
    }
    return lookupInMro(Mro.of(cls), null, name);
  }

  /**
   * The attribute {@code name} as the classes of {@code mro} define it, searching after {@code
   * start} (what super() finds), or the whole MRO when start is null; Java null when none does.
   */
  static Object lookupInMro(Object[] mro, Object start, String name) {
    int i = 0;
    if (start != null) {
      while (i < mro.length && mro[i] != start) {
        i++;
      }
      i++;
    }
    for (; i < mro.length; i++) {
      Object c = mro[i];
      Object v = c instanceof PyClass pc ? pc.ownAttribute(name) : builtinDict(c).get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The names a class defines itself (not its bases), for {@code dir()}. */
  static java.util.Set<String> ownNames(Object cls) {
    if (cls instanceof PyClass c) {
      return c.ownNames();
    }
    java.util.Set<String> names = new java.util.HashSet<>(builtinDict(cls).keySet());
    if (cls instanceof PyBuiltinType t) {
      names.addAll(t.methods().keySet());
    }
    return names;
  }

  /** The methods a built-in class contributes when it appears in an MRO. */
  static Map<String, Object> builtinDict(Object cls) {
    if (cls == PyBuiltinType.OBJECT) {
      return ObjectMethods.DICT;
    }
    if (cls == PyExceptionType.BASE_EXCEPTION) {
      return ExceptionMethods.DICT;
    }
    if (cls instanceof NativeBase n) {
      return n.members();
    }
    if (cls instanceof PyBuiltinType t && BuiltinSubclasses.SUBCLASSABLE.contains(t)) {
      return t.members();
    }
    return Map.of();
  }
}
