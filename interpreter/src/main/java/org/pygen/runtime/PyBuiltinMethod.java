package org.pygen.runtime;

/** A built-in method bound to its receiver, as {@code [].append} evaluates to. */
public final class PyBuiltinMethod implements PyCallable, PyObjectTyped {
  private final Object self;
  private final String name;
  private final BuiltinMethod method;

  public PyBuiltinMethod(Object self, String name, BuiltinMethod method) {
    this.self = self;
    this.name = name;
    this.method = method;
  }

  /** The receiver the method is bound to. */
  public Object self() {
    return self;
  }

  /** The method's name. */
  public String name() {
    return name;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return method.call(ts, self, args, kwNames);
  }

  @Override
  public String typeName() {
    return "builtin_function_or_method";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyBuiltinMethod m && m.self == self && m.method == method;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(self) * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return "<built-in method "
        + name
        + " of "
        + Ops.typeName(self)
        + " object at "
        + Ops.addressOf(self)
        + ">";
  }
}
