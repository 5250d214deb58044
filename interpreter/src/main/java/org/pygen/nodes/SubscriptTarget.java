package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** {@code obj[index] = value} and {@code del obj[index]}. */
public final class SubscriptTarget extends TargetNode {
  private final ExprNode object;
  private final ExprNode index;

  public SubscriptTarget(ExprNode object, ExprNode index) {
    this.object = object;
    this.index = index;
  }

  @Override
  public void assign(Frame f, Object value) {
    Object o = object.eval(f);
    Ops.setItem(f.ts, o, index.eval(f), value);
  }

  @Override
  public void delete(Frame f) {
    Object o = object.eval(f);
    Ops.delItem(o, index.eval(f));
  }
}
