package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** {@code obj[index]}. */
public final class SubscriptNode extends ExprNode {
  private final ExprNode object;
  private final ExprNode index;

  public SubscriptNode(ExprNode object, ExprNode index) {
    this.object = object;
    this.index = index;
  }

  @Override
  public Object eval(Frame f) {
    Object o = object.eval(f);
    return Ops.getItem(o, index.eval(f));
  }
}
