package org.pygen.nodes;

import org.pygen.exec.Frame;
import org.pygen.runtime.Ops;

/** {@code obj.name = value}. */
public final class AttributeTarget extends TargetNode {
  private final ExprNode object;
  private final String name;

  public AttributeTarget(ExprNode object, String name) {
    this.object = object;
    this.name = name;
  }

  @Override
  public void assign(Frame f, Object value) {
    Ops.setAttr(f.ts, object.eval(f), name, value);
  }

  @Override
  public void delete(Frame f) {
    Ops.delAttr(f.ts, object.eval(f), name);
  }
}
