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
    if (dict != null) {
      Object v = dict.getOrNull(name);
      if (v != null) {
        return v;
      }
    }
    return classAttr == null ? null : bind(classAttr, obj, cls);
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
    dict.put(name, value);
  }

  /** {@code del obj.name}. */
  public static void delete(ThreadState ts, Object obj, Object cls, PyDict dict, String name) {
    Object classAttr = Classes.lookup(cls, name);
    if (classAttr instanceof PyProperty p) {
      p.delete(ts, obj);
      return;
    }
    if (dict.remove(name) == null) {
      throw PyException.attributeError(
          "'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
    }
  }
}
