package org.pygen.nodes;

import org.pygen.exec.Frame;

/** {@code body if test else orElse}. */
public final class IfExpNode extends ExprNode {
  private final ExprNode test;
  private final ExprNode body;
  private final ExprNode orElse;

  public IfExpNode(ExprNode test, ExprNode body, ExprNode orElse) {
    this.test = test;
    this.body = body;
    this.orElse = orElse;
  }

  @Override
  public Object eval(Frame f) {
    return test.evalCondition(f) ? body.eval(f) : orElse.eval(f);
  }
}
