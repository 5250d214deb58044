package org.pygen.runtime;

/**
 * Python's generic attribute protocol for objects that have a class and an attribute dict
 * (instances of {@code class} statements, exception objects): {@code object.__getattribute__},
 * {@code __setattr__} and {@code __delattr__}. A property on the class wins over the instance
 * dict; a function found on the class comes back bound to the instance.
 */
public final class InstanceAttributes {
  private InstanceAttributes() {}

  /** {@code obj.name}, or Java null when neither the instance nor its class has it. */
  public static Object get(ThreadState ts, Object obj, Object cls, PyDict dict, String name) {
    Object classAttr = Classes.lookup(cls, name);
    if (classAttr instanceof PyProperty p) {
      return p.get(ts, obj);
    }
    boolean userDescriptor =
        SpecialMethods.isUser(classAttr) && SpecialMethods.defines(classAttr, "__get__");
    if (userDescriptor && isDataDescriptor(classAttr)) {
      return SpecialMethods.callIfDefined(ts, classAttr, "__get__", obj, cls);
    }
    if (dict != null) {
      Object v = dict.getOrNull(name);
      if (v != null) {
        return v;
      }
    }
    if (userDescriptor) {
      return SpecialMethods.callIfDefined(ts, classAttr, "__get__", obj, cls);
    }
    return classAttr == null ? null : bind(classAttr, obj, cls);
  }

  /**
   * A user's object whose class defines {@code __set__} or {@code __delete__}: like a
   * property, it takes precedence over the instance dict.
   */
  private static boolean isDataDescriptor(Object attr) {
    return SpecialMethods.defines(attr, "__set__") || SpecialMethods.defines(attr, "__delete__");
  }

  /**
   * A class attribute read through the class ({@code C.attr}): a user's descriptor's
   * {@code __get__(None, C)}, else what {@link #bind} gives.
   */
  static Object getFromClass(ThreadState ts, Object attr, Object cls) {
    if (SpecialMethods.isUser(attr) && SpecialMethods.defines(attr, "__get__")) {
      return SpecialMethods.callIfDefined(ts, attr, "__get__", PyNone.NONE, cls);
    }
    return bind(attr, null, cls);
  }

  /**
   * What a class attribute becomes when looked up through {@code instance} (null when looked up
   * on the class itself): functions and built-in methods bind to the instance, classmethods to
   * the class, staticmethods unwrap; other values are returned as they are.
   */
  public static Object bind(Object attr, Object instance, Object cls) {
    if (attr instanceof BindsAsMethod) {
      return instance == null ? attr : new PyMethod(instance, attr);
    }
    if (attr instanceof PyStaticMethod s) {
      return s.function();
    }
    if (attr instanceof PyClassMethod c) {
      return new PyMethod(cls, c.function());
    }
    return attr;
  }

  /** {@code obj.name = value}. */
  public static void set(
      ThreadState ts, Object obj, Object cls, PyDict dict, String name, Object value) {
    Object classAttr = Classes.lookup(cls, name);
    if (classAttr instanceof PyProperty p) {
      p.set(ts, obj, value);
      return;
    }
    if (SpecialMethods.isUser(classAttr) && SpecialMethods.defines(classAttr, "__set__")) {
      SpecialMethods.callIfDefined(ts, classAttr, "__set__", obj, value);
      return;
    }
    if (SpecialMethods.isUser(classAttr) && SpecialMethods.defines(classAttr, "__delete__")) {
      throw PyException.attributeError("__set__");
    }
    dict.put(name, value);
  }

  /** {@code del obj.name}. */
  public static void delete(ThreadState ts, Object obj, Object cls, PyDict dict, String name) {
    Object classAttr = Classes.lookup(cls, name);
    if (classAttr instanceof PyProperty p) {
      p.delete(ts, obj);
      return;
    }
    if (SpecialMethods.isUser(classAttr) && SpecialMethods.defines(classAttr, "__delete__")) {
      SpecialMethods.callIfDefined(ts, classAttr, "__delete__", obj);
      return;
    }
    if (dict.remove(name) == null) {
      throw PyException.attributeError(
          "'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
    }
  }
}
