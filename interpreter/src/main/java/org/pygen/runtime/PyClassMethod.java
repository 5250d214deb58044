package org.pygen.runtime;

/** {@code classmethod(f)}: found on a class or an instance, {@code f} bound to the class. */
public final class PyClassMethod implements PyObjectTyped, HasAttributes {
  private final Object function;

  public PyClassMethod(Object function) {
    this.function = function;
  }

  public Object function() {
    return function;
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    return name.equals("__func__") ? function : Attributes.lookup(ts, function, name);
  }

  @Override
  public String typeName() {
    return "classmethod";
  }

  @Override
  public String toString() {
    return "<classmethod(" + Ops.repr(function) + ")>";
  }
}
