package org.pygen.runtime;

/**
 * A Python exception object: an instance of a {@link PyExceptionType} with its arguments. It is
 * what {@code except E as e} binds; {@link PyException} is the Java throwable that carries it.
 */
public final class PyBaseException implements HasAttributes {
  private final PyExceptionType type;
  private final Object[] args;

  public PyBaseException(PyExceptionType type, Object... args) {
    this.type = type;
    this.args = args.clone();
  }

  public PyExceptionType type() {
    return type;
  }

  /** The constructor arguments (a copy). */
  public Object[] args() {
    return args.clone();
  }

  /** StopIteration's {@code value}: its first argument, or None. */
  public Object value() {
    return args.length > 0 ? args[0] : PyNone.NONE;
  }

  /** What {@code str(e)} gives: empty, the single argument's str, or the args tuple's repr. */
  public String message() {
    if (args.length == 0) {
      return "";
    }
    if (args.length == 1) {
      if (type == PyExceptionType.KEY_ERROR) {
        return Ops.repr(args[0]);
      }
      return Ops.str(args[0]);
    }
    return Ops.repr(PyTuple.of(args));
  }

  @Override
  public Object getAttribute(ThreadState ts, String name) {
    switch (name) {
      case "args":
        return PyTuple.of(args);
      case "value":
        return type.isSubclassOf(PyExceptionType.STOP_ITERATION) ? value() : null;
      default:
        return null;
    }
  }

  /** CPython's repr: {@code ValueError('bad')}. */
  public String repr() {
    StringBuilder sb = new StringBuilder(type.name()).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Ops.repr(args[i]));
    }
    return sb.append(')').toString();
  }

  @Override
  public String toString() {
    return message();
  }
}
