package org.pygen.runtime;

/** A named built-in function such as {@code len}; repr {@code <built-in function len>}. */
public final class PyBuiltinFunction implements PyCallable, PyObjectTyped, HasAttributes {
  private final String name;
  private final PyCallable body;

  public PyBuiltinFunction(String name, PyCallable body) {
    this.name = name;
    this.body = body;
  }

  /** The function's name, as in its repr. */
  public String name() {
    return name;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return body.call(ts, args, kwNames);
  }

  @Override
  public String typeName() {
    return "builtin_function_or_method";
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return name;
      case "__module__":
        return "builtins";
      default:
        return null;
    }
  }

  @Override
  public String toString() {
    return "<built-in function " + name + ">";
  }
}
