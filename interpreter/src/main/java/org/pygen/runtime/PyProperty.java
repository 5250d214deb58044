package org.pygen.runtime;

/**
 * {@code property(fget, fset, fdel, doc)}: an attribute computed by methods. Found on an
 * instance it calls the getter; assigning or deleting the attribute calls the setter or the
 * deleter. {@code getter}/{@code setter}/{@code deleter} make a copy with one method replaced,
 * which is how the decorator form builds it up.
 */
public final class PyProperty implements PyObjectTyped, HasAttributes {
  private final Object fget;
  private final Object fset;
  private final Object fdel;
  private final Object doc;
  /** The attribute name the class statement gave it (CPython's {@code __set_name__}). */
  private volatile String name;

  public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }

  /** {@code property(...)} called from a script. */
  static Object construct(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] a =
        Args.bind("property", args, kwNames, 0, 4, "fget", "fset", "fdel", "doc");
    Object fget = orNone(a[0]);
    Object doc = orNone(a[3]);
    if (doc == PyNone.NONE && fget != PyNone.NONE) {
      Object d = Attributes.lookup(ts, fget, "__doc__");
      doc = d == null ? PyNone.NONE : d;
    }
    return new PyProperty(fget, orNone(a[1]), orNone(a[2]), doc);
  }

  private static Object orNone(Object v) {
    return v == null ? PyNone.NONE : v;
  }

  void setName(String name) {
    this.name = name;
  }

  /** The value of the attribute on {@code instance}. */
  Object get(ThreadState ts, Object instance) {
    if (fget == PyNone.NONE) {
      throw missing(instance, "getter");
    }
    return Ops.call(ts, fget, instance);
  }

  void set(ThreadState ts, Object instance, Object value) {
    if (fset == PyNone.NONE) {
      throw missing(instance, "setter");
    }
    Ops.call(ts, fset, instance, value);
  }

  void delete(ThreadState ts, Object instance) {
    if (fdel == PyNone.NONE) {
      throw missing(instance, "deleter");
    }
    Ops.call(ts, fdel, instance);
  }

  private PyException missing(Object instance, String what) {
    String owner = "'" + Classes.qualname(PyBuiltinType.typeOf(instance)) + "'";
    String n = name;
    return PyException.attributeError(
        n == null
            ? "property of " + owner + " object has no " + what
            : "property '" + n + "' of " + owner + " object has no " + what);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "fget":
        return fget;
      case "fset":
        return fset;
      case "fdel":
        return fdel;
      case "__doc__":
        return doc;
      case "getter":
        return new PyBuiltinFunction("getter", (t, a, k) -> copy(a, k, "getter", 0));
      case "setter":
        return new PyBuiltinFunction("setter", (t, a, k) -> copy(a, k, "setter", 1));
      case "deleter":
        return new PyBuiltinFunction("deleter", (t, a, k) -> copy(a, k, "deleter", 2));
      default:
        return null;
    }
  }

  private PyProperty copy(Object[] args, String[] kwNames, String method, int which) {
    Args.count(method, args, kwNames, 1, 1);
    Object f = args[0];
    return new PyProperty(
        which == 0 ? f : fget, which == 1 ? f : fset, which == 2 ? f : fdel, doc);
  }

  @Override
  public String typeName() {
    return "property";
  }

  @Override
  public String toString() {
    return "<property object at " + Ops.addressOf(this) + ">";
  }
}
