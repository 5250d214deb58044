package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;
import org.pygen.syntax.UnaryOperator;

/** {@code -x}, {@code +x}, {@code ~x} and {@code not x}. */
public final class UnaryNode extends ExprNode {
  private final UnaryOperator op;
  private final ExprNode operand;

  public UnaryNode(UnaryOperator op, ExprNode operand) {
    this.op = op;
    this.operand = operand;
  }

  @Override
  public Object eval(Frame f) {
    Object v = operand.eval(f);
    switch (op) {
      case NEG:
        return Ops.neg(v);
      case POS:
        return Ops.pos(v);
      case INVERT:
        return Ops.invert(v);
      case NOT:
      default:
        return !Ops.isTrue(v);
    }
  }
}
