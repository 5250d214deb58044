package org.pygen.runtime;

/**
 * Python's {@code NotImplemented}: what a special method such as {@code __add__} or
 * {@code __eq__} returns to say it cannot handle the other operand, so the reflected method of
 * the other operand is tried next.
 */
public final class PyNotImplemented implements PyObjectTyped {
  public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

  private PyNotImplemented() {}

  @Override
  public String typeName() {
    return "NotImplementedType";
  }

  @Override
  public String toString() {
    return "NotImplemented";
  }
}
