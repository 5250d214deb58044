package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** {@code a and b and ...} / {@code a or b or ...}: yields the deciding operand, not a bool. */
public final class BoolOpNode extends ExprNode {
  private final boolean isAnd;
  private final ExprNode[] values;

  public BoolOpNode(boolean isAnd, ExprNode[] values) {
    this.isAnd = isAnd;
    this.values = values;
  }

  @Override
  public Object eval(Frame f) {
    Object v = null;
    for (ExprNode e : values) {
      v = e.eval(f);
      if (Ops.isTrue(v) != isAnd) {
        return v;
      }
    }
    return v;
  }
}
