package org.pygen.runtime;

/** A named built-in function such as {@code len}; repr {@code <built-in function len>}. */
public final class PyBuiltinFunction implements PyCallable, PyObjectTyped, HasAttributes {
  /**
   * The body of a builtin called with one positional argument, such as {@code next(g)} or
   * {@code len(s)}: the call needs no argument array, so a hot loop calling it allocates nothing
   * for the call itself.
   */
  @FunctionalInterface
  public interface OneArgument {
    Object call(ThreadState ts, Object arg);
  }

  private final String name;
  private final PyCallable body;
  /** The same function for exactly one positional argument, or null to go through body. */
  private final OneArgument oneArgument;

  public PyBuiltinFunction(String name, PyCallable body) {
    this(name, body, null);
  }

  /** {@code oneArgument} must behave as {@code body} does given that one argument. */
  public PyBuiltinFunction(String name, PyCallable body, OneArgument oneArgument) {
    this.name = name;
    this.body = body;
    this.oneArgument = oneArgument;
  }

  /** A builtin that takes exactly one positional argument, like {@code len}. */
  public static PyBuiltinFunction ofOneArgument(String name, OneArgument fn) {
    return new PyBuiltinFunction(
        name, (ts, args, kw) -> fn.call(ts, Args.exactlyOne(name, args, kw)), fn);
  }

  /** The function's name, as in its repr. */
  public String name() {
    return name;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    return body.call(ts, args, kwNames);
  }

  /** A call with one positional argument and no keywords: {@code f(arg)}. */
  public Object callOne(ThreadState ts, Object arg) {
    return oneArgument != null ? oneArgument.call(ts, arg) : body.call(ts, new Object[] {arg}, null);
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
