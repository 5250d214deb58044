package org.pygen.runtime;

/** {@code staticmethod(f)}: found on a class or an instance, it is {@code f} itself, unbound. */
public final class PyStaticMethod implements PyCallable, PyObjectTyped, HasAttributes {
  private final Object function;

  public PyStaticMethod(Object function) {
    this.function = function;
  }

  public Object function() {
    return function;
  }

  /** Since Python 3.10 a staticmethod object can be called directly. */
  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return Ops.call(ts, function, args, kwNames);
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    return name.equals("__func__") ? function : Attributes.lookup(ts, function, name);
  }

  @Override
  public String typeName() {
    return "staticmethod";
  }

  @Override
  public String toString() {
    return "<staticmethod(" + Ops.repr(function) + ")>";
  }
}
