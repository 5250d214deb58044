package org.pygen.runtime;

/** What {@code object()} returns: a featureless object, typically used as a unique sentinel. */
public final class PyPlainObject implements PyObjectTyped {
  @Override
  public String typeName() {
    return "object";
  }

  @Override
  public String toString() {
    return "<object object at " + Ops.addressOf(this) + ">";
  }
}
