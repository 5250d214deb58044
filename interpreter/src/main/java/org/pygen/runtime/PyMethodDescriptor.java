package org.pygen.runtime;

/**
 * A method that a built-in class ({@code object}, {@code BaseException}) contributes to the
 * classes deriving from it, such as {@code object.__init__}. Looked up through an instance it
 * binds like a function does; looked up through the class it takes the instance as its first
 * argument, which it checks.
 */
public final class PyMethodDescriptor implements BindsAsMethod, PyObjectTyped, HasAttributes {
  /** The method's body: the receiver, then the other arguments. */
  @FunctionalInterface
  public interface Body {
    Object call(ThreadState ts, Object self, Object[] args, String[] kwNames);
  }

  private final String name;
  private final Object owner;
  private final Body body;

  /** A method of {@code owner}, a built-in or native class; {@code body} gets the receiver. */
  public PyMethodDescriptor(String name, Object owner, Body body) {
    this.name = name;
    this.owner = owner;
    this.body = body;
  }

  @Override
  public Object call(ThreadState ts, Object[] args, String[] kwNames) {
    int positional = args.length - (kwNames == null ? 0 : kwNames.length);
    String ownerName = Classes.name(owner);
    if (positional == 0) {
      throw PyException.typeError(
          "descriptor '" + name + "' of '" + ownerName + "' object needs an argument");
    }
    Object self = args[0];
    if (!Classes.isSubclass(PyBuiltinType.typeOf(self), owner)) {
      throw PyException.typeError(
          "descriptor '" + name + "' requires a '" + ownerName + "' object but received a '"
              + Ops.typeName(self) + "'");
    }
    Object[] rest = new Object[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return body.call(ts, self, rest, kwNames);
  }

  @Override
  public Object getAttribute(ThreadState ts, String attr) {
    switch (attr) {
      case "__name__":
        return name;
      case "__qualname__":
        return Classes.name(owner) + "." + name;
      case "__objclass__":
        return owner;
      default:
        return null;
    }
  }

  @Override
  public String typeName() {
    return "wrapper_descriptor";
  }

  @Override
  public String toString() {
    return "<slot wrapper '" + name + "' of '" + Classes.name(owner) + "' objects>";
  }
}
