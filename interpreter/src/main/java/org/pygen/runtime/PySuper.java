package org.pygen.runtime;

/**
 * {@code super(cls, obj)}, and what a zero-argument {@code super()} in a method becomes: a proxy
 * that looks attributes up in the MRO of {@code obj}'s class, starting after {@code cls}, and binds
 * them to {@code obj}.
 */
public final class PySuper implements HasAttributes, PyObjectTyped {
  private final Object start;
  private final Object self;
  /** The class whose MRO is searched: {@code type(self)}, or self when self is a class. */
  private final Object selfClass;

  public PySuper(Object start, Object self) {
    if (!Classes.isClass(start)) {
      throw PyException.typeError(
          "super() argument 1 must be a type, not " + Ops.typeName(start));
    }
    Object cls = PyBuiltinType.typeOf(self);
    if (Classes.isClass(self) && Classes.isSubclass(self, start)) {
      cls = self;
    } else if (!Classes.isSubclass(cls, start)) {
      throw PyException.typeError(
          "super(type, obj): obj must be an instance or subtype of type");
    }
    this.start = start;
    this.self = self;
    this.selfClass = cls;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    if (name.equals("__class__")) {
      return PyBuiltinType.SUPER;
    }
    Object v = find(name);
    if (v == null) {
      return null;
    }
    boolean bindToClass = self == selfClass;
    if (v instanceof PyProperty p) {
      return bindToClass ? p : p.get(ts, self);
    }
    return InstanceAttributes.bind(v, bindToClass ? null : self, selfClass);
  }

  private Object find(String name) {
    return Classes.lookupInMro(Mro.of(selfClass), start, name);
  }

  @Override
  public String typeName() {
    return "super";
  }

  @Override
  public String toString() {
    return "<super: <class '" + Classes.name(start) + "'>, <" + Ops.typeName(self) + " object>>";
  }

  /** {@code super(cls, obj)}; the zero-argument form is compiled to this (see ZeroArgSuperNode). */
  static Object construct(ThreadState ts, Object[] args, String[] kwNames) {
    Args.noKeywords("super", kwNames);
    if (args.length == 0) {
      throw PyException.runtimeError("super(): no arguments");
    }
    if (args.length == 1) {
      throw PyException.typeError("pygen does not support unbound super objects");
    }
    if (args.length > 2) {
      throw PyException.typeError(
          "super() takes at most 2 arguments (" + args.length + " given)");
    }
    return new PySuper(args[0], args[1]);
  }
}
