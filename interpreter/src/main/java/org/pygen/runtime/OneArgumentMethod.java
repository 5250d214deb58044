package org.pygen.runtime;

/**
 * A method of a built-in type that takes exactly one positional argument, such as {@code
 * list.append}. Called through {@link #callOne} it needs no argument array, which a loop doing
 * {@code items.append(x)} a million times would otherwise allocate a million times.
 */
public final class OneArgumentMethod implements BuiltinMethod {
  /** The method's work, given its receiver and its one argument. */
  @FunctionalInterface
  public interface Body {
    Object call(ThreadState ts, Object self, Object arg);
  }

  /** The name arity errors show, such as {@code list.append}. */
  private final String display;

  private final Body body;

  public OneArgumentMethod(String display, Body body) {
    this.display = display;
    this.body = body;
  }

  @Override
  public Object call(ThreadState ts, Object self, Object[] args, String[] kwNames) {
    return body.call(ts, self, Args.exactlyOne(display, args, kwNames));
  }

  /** {@code self.method(arg)}, with no keywords. */
  public Object callOne(ThreadState ts, Object self, Object arg) {
    return body.call(ts, self, arg);
  }
}
