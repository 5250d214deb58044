package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code name := value}. */
public final class NamedExprNode extends ExprNode {
  private final TargetNode target;
  private final ExprNode value;

  public NamedExprNode(TargetNode target, ExprNode value) {
    this.target = target;
    this.value = value;
  }

  @Override
  public Object eval(Frame f) {
    Object v = value.eval(f);
    target.assign(f, v);
    return v;
  }
}
