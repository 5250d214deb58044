package org.pygen.runtime;

/**
 * A bound method: a callable found on a class, tied to the instance (or, for a classmethod, the
 * class) it was looked up through. Calling it passes that object as the first argument.
 */
public final class PyMethod implements PyCallable, PyObjectTyped, HasAttributes {
  private final Object self;
  private final Object function;

  public PyMethod(Object self, Object function) {
    this.self = self;
    this.function = function;
  }

  /** {@code __self__}: the object the method is bound to. */
  public Object self() {
    return self;
  }

  /** {@code __func__}: the function called with the bound object first. */
  public Object function() {
    return function;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    Object[] all = new Object[args.length + 1];
    all[0] = self;
    System.arraycopy(args, 0, all, 1, args.length);
    return Ops.call(ts, function, all, kwNames);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "__self__":
        return self;
      case "__func__":
        return function;
      default:
        // __name__, __qualname__, __doc__... are the function's.
        return Attributes.lookup(ts, function, name);
    }
  }

  @Override
  public String typeName() {
    return function instanceof PyMethodDescriptor ? "method-wrapper" : "method";
  }

  @Override
  public boolean equals(Object o) {
    // Two lookups of obj.m give equal (not identical) methods, as in CPython.
    return o instanceof PyMethod m && m.self == self && m.function.equals(function);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(self) * 31 + function.hashCode();
  }

  @Override
  public String toString() {
    String name = Ops.str(Ops.getAttr(null, function, "__qualname__"));
    return "<bound method " + name + " of " + Ops.repr(self) + ">";
  }
}
