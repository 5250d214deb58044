package org.pygen.nodes;

import org.pygen.exec.Frame;

/** A literal value. */
public final class ConstNode extends ExprNode {
  private final Object value;

  public ConstNode(Object value) {
    this.value = value;
  }

  public Object value() {
    return value;
  }

  @Override
  public Object eval(Frame f) {
    return value;
  }
}
