package org.pygen.runtime;

/** Python's {@code None}. Inside the interpreter None is this singleton, never Java null. */
public final class PyNone {
  public static final PyNone NONE = new PyNone();

  private PyNone() {}

  @Override
  public String toString() {
    return "None";
  }
}
